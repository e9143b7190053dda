package dev.tradebook.customer.domain;

/**
 * Fired inside the transaction that gave the customer a new owner, after the new version is flushed;
 * {@code previousOwner} is null when nobody owned it.
 */
public record OwnershipTransferred(Customer customer, String previousOwner) {
}
