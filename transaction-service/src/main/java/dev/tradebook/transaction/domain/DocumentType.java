package dev.tradebook.transaction.domain;

/** The kinds of document that get a reference number of their own. */
public enum DocumentType {
    QUOTE, SALES_ORDER, INVOICE, CASH_SALE, CREDIT_NOTE, PAYMENT, REFUND, RMA, OPPORTUNITY
}
