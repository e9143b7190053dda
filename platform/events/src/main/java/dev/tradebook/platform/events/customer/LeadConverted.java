package dev.tradebook.platform.events.customer;

import java.util.Objects;

/**
 * {@code customer.lead-converted.v1}: a lead or prospect ({@code kind} LEAD or PROSPECT, {@code id}) became the
 * customer {@code code}, created at {@code version} (its customer.created.v1 travels beside this event).
 */
public record LeadConverted(String code, String kind, long id, String convertedBy, long version) {

    public LeadConverted {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }
}
