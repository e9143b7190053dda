package dev.tradebook.transaction.domain;

/** Why a customer is on hold: by a person on the customer master, or by the ledger's credit control. */
public enum HoldReason {
    MANUAL, CREDIT_LIMIT, PAST_DUE
}
