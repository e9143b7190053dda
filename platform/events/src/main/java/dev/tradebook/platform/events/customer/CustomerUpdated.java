package dev.tradebook.platform.events.customer;

import java.util.List;
import java.util.Objects;

/** {@code customer.updated.v1}: the customer after a change, and the names of the fields that changed. */
public record CustomerUpdated(CustomerProfile customer, List<String> changedFields) implements CustomerChange {

    public CustomerUpdated {
        Objects.requireNonNull(customer, "customer");
        changedFields = List.copyOf(changedFields);
    }
}
