package dev.tradebook.customer.domain;

/**
 * Fired inside the transaction that put the customer on manual hold or released it, after the new
 * version is flushed, so that whatever observes it commits with the change.
 */
public record HoldChanged(Customer customer) {
}
