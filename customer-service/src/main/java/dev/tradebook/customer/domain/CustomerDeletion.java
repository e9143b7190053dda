package dev.tradebook.customer.domain;

/**
 * Fired inside the transaction that deleted the customer, after the new version is flushed, so that
 * whatever observes it commits with the deletion.
 */
public record CustomerDeletion(Customer customer) {
}
