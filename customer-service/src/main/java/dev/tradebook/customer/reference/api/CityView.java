package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.City;
import dev.tradebook.customer.reference.domain.State;

/** A city with where it lies, so that a form can fill in state, GST state code and country from the city alone. */
public record CityView(String code, String name, StateRef state, CountryView country, boolean active, long version) {

    /** The state a city lies in; {@code gstCode} opens every GSTIN registered there (null outside India). */
    public record StateRef(String code, String name, String gstCode) {
    }

    static CityView of(City city) {
        State state = city.state();
        return new CityView(city.code(), city.name(), new StateRef(state.code(), state.name(), state.gstCode()),
                CountryView.of(state.country()), city.active(), city.version());
    }
}
