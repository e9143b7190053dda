package dev.tradebook.customer.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group of companies that customers belong to (e.g. several branches of one trading house). */
@Entity
@Table(name = "corporate")
public class Corporate {

    static final int NAME_LENGTH = 60;

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    private boolean active;

    @Version
    private long version;

    protected Corporate() {
    }

    static Corporate register(String code, String name, boolean active) {
        String text = Checks.strip(name);
        new Checks().code("code", code).text("name", text, NAME_LENGTH).orThrow();
        Corporate corporate = new Corporate();
        corporate.code = code;
        corporate.name = text;
        corporate.active = active;
        return corporate;
    }

    void revise(String name, boolean active) {
        String text = Checks.strip(name);
        new Checks().text("name", text, NAME_LENGTH).orThrow();
        this.name = text;
        this.active = active;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
