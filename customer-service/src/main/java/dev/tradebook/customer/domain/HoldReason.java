package dev.tradebook.customer.domain;

/**
 * Why a customer is on hold. MANUAL is set and released here; CREDIT_LIMIT and PAST_DUE will come from
 * the ledger's events, so that the effective hold is any of them.
 */
public enum HoldReason {
    MANUAL, CREDIT_LIMIT, PAST_DUE
}
