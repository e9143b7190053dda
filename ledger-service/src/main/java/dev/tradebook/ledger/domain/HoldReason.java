package dev.tradebook.ledger.domain;

/** Why automatic credit control holds a customer. */
public enum HoldReason {
    /** The balance is over the customer's credit limit. */
    CREDIT_LIMIT,
    /** Invoices are overdue beyond the grace days, by at least the minimum amount. */
    PAST_DUE
}
