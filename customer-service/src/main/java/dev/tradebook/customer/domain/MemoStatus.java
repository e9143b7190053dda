package dev.tradebook.customer.domain;

/** OPEN → DONE or OPEN → CANCELLED; a done or cancelled memo is closed for good. */
public enum MemoStatus {
    OPEN, DONE, CANCELLED
}
