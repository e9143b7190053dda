package dev.tradebook.transaction.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The company's settings for sales documents; there is one row. */
@Entity
@Table(name = "company_settings")
public class CompanySettings {

    static final short ID = 1;

    @Id
    private short id;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_policy", nullable = false)
    private HoldPolicy holdPolicy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CompanySettings() {
    }

    void revise(HoldPolicy policy, Instant now) {
        holdPolicy = policy;
        updatedAt = now;
    }

    public HoldPolicy holdPolicy() {
        return holdPolicy;
    }

    public long version() {
        return version;
    }
}
