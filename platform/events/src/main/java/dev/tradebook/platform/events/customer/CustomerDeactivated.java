package dev.tradebook.platform.events.customer;

import java.util.Objects;

/**
 * {@code customer.deactivated.v1}: the customer takes no new documents from now on; published beside
 * {@code customer.updated.v1} (changedFields ["status"]) so copies of the profile stay right too.
 */
public record CustomerDeactivated(String code, long version) {

    public CustomerDeactivated {
        Objects.requireNonNull(code, "code");
    }
}
