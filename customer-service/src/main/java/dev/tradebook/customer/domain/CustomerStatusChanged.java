package dev.tradebook.customer.domain;

/**
 * Fired inside the transaction that activated or deactivated the customer, after the new version is
 * flushed, so that whatever observes it commits with the change.
 */
public record CustomerStatusChanged(Customer customer) {
}
