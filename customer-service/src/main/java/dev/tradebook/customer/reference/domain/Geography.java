package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;

/** Countries and states: seeded by migrations (ISO codes, GST state codes), read here, changed by migrations only. */
@ApplicationScoped
public class Geography {

    private final CountryRepository countries;
    private final StateRepository states;

    public Geography(CountryRepository countries, StateRepository states) {
        this.countries = countries;
        this.states = states;
    }

    public ResultPage<Country> countries(int page, int size) {
        return countries.page(page, size);
    }

    /** {@code countryCode} null lists every country's states. */
    public ResultPage<State> states(String countryCode, int page, int size) {
        return states.page(countryCode, page, size);
    }
}
