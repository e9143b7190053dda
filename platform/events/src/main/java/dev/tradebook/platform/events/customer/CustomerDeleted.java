package dev.tradebook.platform.events.customer;

import java.util.Objects;

/**
 * {@code customer.deleted.v1}: a customer that never had a transaction was deleted; it takes no
 * documents and is no longer offered, but its history stays readable.
 */
public record CustomerDeleted(String code, long version) {

    public CustomerDeleted {
        Objects.requireNonNull(code, "code");
    }
}
