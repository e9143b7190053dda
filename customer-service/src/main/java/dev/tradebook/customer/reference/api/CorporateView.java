package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.Corporate;

/** A corporate (group of companies) as the API shows it. */
public record CorporateView(String code, String name, boolean active, long version) {

    static CorporateView of(Corporate corporate) {
        return new CorporateView(corporate.code(), corporate.name(), corporate.active(), corporate.version());
    }
}
