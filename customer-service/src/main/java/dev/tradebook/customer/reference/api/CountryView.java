package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.Country;

/** A country: ISO 3166-1 alpha-2 code and name. */
public record CountryView(String code, String name) {

    static CountryView of(Country country) {
        return new CountryView(country.code(), country.name());
    }
}
