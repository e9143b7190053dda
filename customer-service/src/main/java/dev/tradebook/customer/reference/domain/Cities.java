package dev.tradebook.customer.reference.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of the city master: search, read, register and revise (never delete) a city. */
@ApplicationScoped
public class Cities {

    private final CityRepository cities;
    private final StateRepository states;

    public Cities(CityRepository cities, StateRepository states) {
        this.cities = cities;
        this.states = states;
    }

    public ResultPage<City> search(CityFilter filter, int page, int size) {
        return cities.page(filter, page, size);
    }

    public City get(String code) {
        return cities.findByIdOptional(code).orElseThrow(() -> new ResourceNotFound("City", code));
    }

    @Transactional
    public City register(String code, String name, String stateCode, boolean active) {
        City city = City.register(code, name, state(stateCode), active);
        if (cities.findByIdOptional(code).isPresent()) {
            throw taken(code);
        }
        return UniqueInsert.persist(cities.getEntityManager(), city, () -> taken(code));
    }

    @Transactional
    public City revise(String code, ExpectedVersions precondition, String name, String stateCode, boolean active) {
        City city = get(code);
        precondition.check("City " + code, city.version());
        city.revise(name, state(stateCode), active);
        cities.flush();
        return city;
    }

    /** A city must lie in a state the master knows: its GST state code and country come from there. */
    private State state(String stateCode) {
        if (stateCode == null) {
            throw unknownState("State is missing", "is required");
        }
        return states.findByIdOptional(stateCode)
                .orElseThrow(() -> unknownState("State " + stateCode + " does not exist",
                        "names no known state (see GET /api/v1/states)"));
    }

    private static BusinessRuleViolation unknownState(String detail, String message) {
        return new BusinessRuleViolation("unknown-state", detail, List.of(new Violation("state", message)));
    }

    private static StateConflict taken(String code) {
        return new StateConflict("city-code-taken", "City " + code + " already exists");
    }
}
