package dev.tradebook.customer.domain;

/** Fired inside the registering transaction, so whatever observes it commits with the customer. */
public record CustomerRegistered(Customer customer) {
}
