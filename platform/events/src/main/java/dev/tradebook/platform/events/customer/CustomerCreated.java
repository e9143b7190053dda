package dev.tradebook.platform.events.customer;

import java.util.Objects;

/** {@code customer.created.v1}: a customer entered the master. */
public record CustomerCreated(CustomerProfile customer) implements CustomerChange {

    public CustomerCreated {
        Objects.requireNonNull(customer, "customer");
    }
}
