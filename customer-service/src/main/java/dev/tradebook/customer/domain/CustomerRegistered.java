package dev.tradebook.customer.domain;

import java.util.function.Consumer;

import dev.tradebook.platform.runtime.outbox.OutboxEntry;

/**
 * Fired inside the registering transaction, so whatever observes it commits with the customer. {@code copiedWith}
 * takes the outbox rows of a customer that is copied into the database with others (an import's chunk), whose
 * events are copied with it; null when the customer is inserted on its own and its events go to the outbox.
 */
public record CustomerRegistered(Customer customer, Consumer<OutboxEntry<?>> copiedWith) {

    public CustomerRegistered(Customer customer) {
        this(customer, null);
    }
}
