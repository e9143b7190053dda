package dev.tradebook.ledger.domain;

/** What caused a journal entry. */
public enum EntryKind {
    INVOICE, CASH_SALE, CREDIT_NOTE, PAYMENT, REFUND, WRITE_OFF, REVERSAL
}
