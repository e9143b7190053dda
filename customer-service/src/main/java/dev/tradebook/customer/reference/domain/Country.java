package dev.tradebook.customer.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A country by its ISO 3166-1 alpha-2 code; seeded by migrations, read-only through the API. */
@Entity
@Immutable
@Table(name = "country")
public class Country {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    protected Country() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
