package dev.tradebook.transaction.domain;

/** Where a sales order stands; only APPROVED and PARTIALLY_INVOICED orders count in the exposure. */
public enum OrderStatus {
    PENDING, APPROVED, PARTIALLY_INVOICED, INVOICED, CANCELLED;

    boolean inExposure() {
        return this == APPROVED || this == PARTIALLY_INVOICED;
    }
}
