package dev.tradebook.transaction.domain;

/** DRAFT → SENT → ACCEPTED (then converted to an order) or REJECTED; a SENT quote past its date is EXPIRED. */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED
}
