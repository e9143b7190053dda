package dev.tradebook.ledger.domain;

/** The sales documents the ledger posts. */
public enum SalesDocumentKind {
    INVOICE, CASH_SALE, CREDIT_NOTE, PAYMENT, REFUND
}
