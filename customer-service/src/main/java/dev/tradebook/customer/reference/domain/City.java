package dev.tradebook.customer.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A city that addresses name; its state (and so the GST state code and the country) follows from it. */
@Entity
@Table(name = "city")
public class City {

    static final int NAME_LENGTH = 60;

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "state_code")
    private State state;

    private boolean active;

    @Version
    private long version;

    protected City() {
    }

    static City register(String code, String name, State state, boolean active) {
        String text = Checks.strip(name);
        new Checks().code("code", code).text("name", text, NAME_LENGTH).orThrow();
        City city = new City();
        city.code = code;
        city.name = text;
        city.state = state;
        city.active = active;
        return city;
    }

    /** A city may move to another state: that corrects a mistake, cities do not wander. */
    void revise(String name, State state, boolean active) {
        String text = Checks.strip(name);
        new Checks().text("name", text, NAME_LENGTH).orThrow();
        this.name = text;
        this.state = state;
        this.active = active;
    }

    public CityPlace place() {
        return new CityPlace(code, name, state.code(), state.name(), state.gstCode(), state.country().code(),
                state.country().name());
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
