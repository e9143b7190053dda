package dev.tradebook.platform.events.customer;

import java.util.Objects;

/**
 * {@code customer.owner-changed.v1}: someone took or was given the customer; {@code previousOwner} is
 * null when nobody owned it before.
 */
public record CustomerOwnerChanged(String code, String owner, String previousOwner, long version) {

    public CustomerOwnerChanged {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(owner, "owner");
    }
}
