package dev.tradebook.ledger.domain;

/** The documents that stay open on an account: debit items are owed by the customer, credit items to it. */
public enum OpenItemKind {
    INVOICE(true), REFUND(true), CREDIT_NOTE(false), PAYMENT(false), WRITE_OFF(false);

    private final boolean debit;

    OpenItemKind(boolean debit) {
        this.debit = debit;
    }

    public boolean isDebit() {
        return debit;
    }
}
