package dev.tradebook.customer.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A statutory number a customer may or must carry besides its GSTIN (PAN, TAN, CIN, Udyam...). The
 * customer's {@code statutoryNumbers} are keyed by this code; a mandatory, active caption must have a
 * value on every customer saved from then on.
 */
@Entity
@Table(name = "statutory_caption")
public class StatutoryCaption {

    static final int LABEL_LENGTH = 40;

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    private boolean mandatory;

    private boolean active;

    @Version
    private long version;

    protected StatutoryCaption() {
    }

    static StatutoryCaption define(String code, String label, boolean mandatory, boolean active) {
        String text = Checks.strip(label);
        new Checks().code("code", code).text("label", text, LABEL_LENGTH).orThrow();
        StatutoryCaption caption = new StatutoryCaption();
        caption.code = code;
        caption.label = text;
        caption.mandatory = mandatory;
        caption.active = active;
        return caption;
    }

    void revise(String label, boolean mandatory, boolean active) {
        String text = Checks.strip(label);
        new Checks().text("label", text, LABEL_LENGTH).orThrow();
        this.label = text;
        this.mandatory = mandatory;
        this.active = active;
    }

    /** What the customer rules enforce: only an active caption can demand a value. */
    public boolean demandsAValue() {
        return active && mandatory;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
