package dev.tradebook.customer.domain;

/** What an import does with a row whose code already names a customer. */
public enum ImportMode {
    /** The row fails: re-running a file creates nothing twice. */
    CREATE,
    /** The customer is replaced by the row, as a PUT would. */
    UPSERT
}
