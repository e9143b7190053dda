package dev.tradebook.ledger.domain;

import static dev.tradebook.ledger.domain.ChartOfAccounts.CASH_AND_BANK;
import static dev.tradebook.ledger.domain.ChartOfAccounts.SALES;
import static dev.tradebook.ledger.domain.ChartOfAccounts.SALES_RETURNS;
import static dev.tradebook.ledger.domain.ChartOfAccounts.SALES_TAX;

import java.util.UUID;

/**
 * Which accounts each sales document debits and credits. The debtor side is the customer's posting account
 * under its group's control account. A cash sale passes through the debtor account (sold, then paid at once):
 * its balance does not move, yet the sale shows on the customer's entries and statement.
 */
final class PostingRules {

    private PostingRules() {
    }

    static JournalEntry.Draft draftFor(SalesDocument document, DebtorAccount account, String controlAccount) {
        UUID debtor = account.id();
        EntryKind kind = EntryKind.valueOf(document.kind().name());
        JournalEntry.Draft draft = JournalEntry.draft(kind, document.customer(), document.currency(), document.number(),
                document.date()).causedBy(document.eventId());
        return switch (document.kind()) {
            case INVOICE -> draft
                    .debit(controlAccount, debtor, document.total())
                    .credit(SALES, null, document.net())
                    .credit(SALES_TAX, null, document.tax());
            case CASH_SALE -> draft
                    .debit(controlAccount, debtor, document.total())
                    .credit(SALES, null, document.net())
                    .credit(SALES_TAX, null, document.tax())
                    .debit(CASH_AND_BANK, null, document.total())
                    .credit(controlAccount, debtor, document.total());
            case CREDIT_NOTE -> draft
                    .debit(SALES_RETURNS, null, document.net())
                    .debit(SALES_TAX, null, document.tax())
                    .credit(controlAccount, debtor, document.total());
            case PAYMENT -> draft
                    .debit(CASH_AND_BANK, null, document.total())
                    .credit(controlAccount, debtor, document.total());
            case REFUND -> draft
                    .debit(controlAccount, debtor, document.total())
                    .credit(CASH_AND_BANK, null, document.total());
        };
    }
}
