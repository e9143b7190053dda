package dev.tradebook.ledger.domain;

import java.util.Arrays;
import java.util.List;

/** The documents that stay open on an account: debit items are owed by the customer, credit items to it. */
public enum OpenItemKind {
    INVOICE(true), REFUND(true), CREDIT_NOTE(false), PAYMENT(false), WRITE_OFF(false),
    /** Left by reversing a credit item's entry: the customer owes it again. */
    REVERSAL_DEBIT(true),
    /** Left by reversing a debit item's entry: it settles what is still owed on that item. */
    REVERSAL_CREDIT(false);

    /** The kinds the customer owes. */
    public static final List<OpenItemKind> DEBITS = Arrays.stream(values()).filter(OpenItemKind::isDebit).toList();

    private final boolean debit;

    OpenItemKind(boolean debit) {
        this.debit = debit;
    }

    public boolean isDebit() {
        return debit;
    }
}
