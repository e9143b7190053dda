package dev.tradebook.transaction.domain;

/** What the customer master says to do with a document that would take the customer past its limit. */
public enum CreditAction {
    /** Refuse the document. */
    STOP,
    /** Refuse it unless the user acknowledges the warning; the acknowledgement is recorded. */
    WARN
}
