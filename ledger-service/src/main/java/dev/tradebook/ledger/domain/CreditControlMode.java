package dev.tradebook.ledger.domain;

/** What automatic credit control holds customers for: nothing, a balance over the limit, or overdue invoices. */
public enum CreditControlMode {
    NONE, CREDIT_LIMIT, PAST_DUE
}
