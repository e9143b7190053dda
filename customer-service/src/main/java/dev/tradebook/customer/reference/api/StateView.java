package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.State;

/** A state as a list of states shows it: ISO 3166-2 code, name, GST state code (null outside India), country. */
public record StateView(String code, String name, String gstCode, CountryView country) {

    static StateView of(State state) {
        return new StateView(state.code(), state.name(), state.gstCode(), CountryView.of(state.country()));
    }
}
