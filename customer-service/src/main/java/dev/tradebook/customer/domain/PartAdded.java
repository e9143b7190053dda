package dev.tradebook.customer.domain;

/** A contact or address added to a customer: the customer at its new version, and the new part's id. */
public record PartAdded(Customer customer, long id) {
}
