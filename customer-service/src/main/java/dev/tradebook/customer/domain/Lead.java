package dev.tradebook.customer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.StateConflict;

/**
 * A lead or a prospect: someone who may become a customer. It keeps its own small lifecycle; once converted it
 * stays, read-only, linked to the customer it became.
 */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LeadKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;

    @Column(nullable = false)
    private String name;
    private String company;

    @JdbcTypeCode(SqlTypes.JSON)
    private CustomerDetails.Address address;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<CustomerDetails.Contact> contacts = new ArrayList<>();

    private String email;
    private String phone;
    private String website;
    private String source;
    private String campaign;
    private String salesman;

    @Column(nullable = false)
    private String owner;

    private String notes;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "customer_code")
    private String customerCode;
    @Column(name = "converted_by")
    private String convertedBy;
    @Column(name = "converted_at")
    private Instant convertedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Lead() {
    }

    /** A new lead (or prospect) of {@code owner}, who found it and follows it up. */
    static Lead open(LeadKind kind, LeadDetails details, String owner, Instant now) {
        Lead lead = new Lead();
        lead.kind = kind;
        lead.status = LeadStatus.OPEN;
        lead.owner = owner;
        lead.createdAt = now;
        lead.write(details, now);
        return lead;
    }

    /** Replaces what was written on it; a converted or lost lead is closed and refuses it. */
    void revise(LeadDetails details, Instant now) {
        requireLive("revised");
        write(details, now);
    }

    /** The sales team judged it a real opportunity: OPEN → QUALIFIED. */
    void qualify(Instant now) {
        if (status != LeadStatus.OPEN) {
            throw refused("qualified: only an OPEN one can be");
        }
        status = LeadStatus.QUALIFIED;
        updatedAt = now;
    }

    /** It will not buy, for {@code reason}: OPEN or QUALIFIED → LOST. */
    void lose(String reason, Instant now) {
        requireLive("lost");
        status = LeadStatus.LOST;
        lostReason = reason;
        updatedAt = now;
    }

    /** 409 when it became a customer already, 422 when it was lost. */
    void checkConvertible() {
        if (status == LeadStatus.CONVERTED) {
            throw new StateConflict("lead-converted", kindName() + " " + id + " was converted already, into customer "
                    + customerCode);
        }
        requireLive("converted");
    }

    /** It became the customer {@code code}; from now on it only shows where that customer came from. */
    void convertInto(String code, String by, Instant now) {
        checkConvertible();
        status = LeadStatus.CONVERTED;
        customerCode = code;
        convertedBy = by;
        convertedAt = now;
        updatedAt = now;
    }

    CustomerOrigin asOrigin() {
        return new CustomerOrigin(kind, id);
    }

    private void write(LeadDetails details, Instant now) {
        name = details.name();
        company = details.company();
        address = details.address();
        contacts = new ArrayList<>(details.contacts());
        email = details.email();
        phone = details.phone();
        website = details.website();
        source = details.source();
        campaign = details.campaign();
        salesman = details.salesman();
        notes = details.notes();
        updatedAt = now;
    }

    private void requireLive(String change) {
        if (!status.isLive()) {
            throw refused(change + ": it is " + status);
        }
    }

    private BusinessRuleViolation refused(String why) {
        return new BusinessRuleViolation("lead-status", kindName() + " " + id + " cannot be " + why);
    }

    private String kindName() {
        return kind == LeadKind.LEAD ? "Lead" : "Prospect";
    }

    public LeadDetails details() {
        return new LeadDetails(name, company, address, contacts, email, phone, website, source, campaign, salesman,
                notes);
    }

    public long id() {
        return id;
    }

    public LeadKind kind() {
        return kind;
    }

    public LeadStatus status() {
        return status;
    }

    public String owner() {
        return owner;
    }

    public String lostReason() {
        return lostReason;
    }

    public String customerCode() {
        return customerCode;
    }

    public String convertedBy() {
        return convertedBy;
    }

    public Instant convertedAt() {
        return convertedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
