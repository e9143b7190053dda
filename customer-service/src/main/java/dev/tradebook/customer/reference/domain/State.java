package dev.tradebook.customer.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A state or union territory (or a foreign country's subdivision) by its ISO 3166-2 code. An Indian
 * state carries its GST state code, the two digits that open every GSTIN registered in it and that
 * decide between CGST+SGST and IGST on an invoice. Seeded by migrations, read-only through the API.
 */
@Entity
@Immutable
@Table(name = "state")
public class State {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code")
    private Country country;

    /** Null outside India. */
    @Column(name = "gst_code")
    private String gstCode;

    protected State() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Country country() {
        return country;
    }

    public String gstCode() {
        return gstCode;
    }
}
