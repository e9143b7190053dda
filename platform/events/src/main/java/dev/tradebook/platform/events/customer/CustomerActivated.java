package dev.tradebook.platform.events.customer;

import java.util.Objects;

/**
 * {@code customer.activated.v1}: an inactive customer takes new documents again; published beside
 * {@code customer.updated.v1} (changedFields ["status"]) so copies of the profile stay right too.
 */
public record CustomerActivated(String code, long version) {

    public CustomerActivated {
        Objects.requireNonNull(code, "code");
    }
}
