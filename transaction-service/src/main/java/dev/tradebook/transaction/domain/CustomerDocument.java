package dev.tradebook.transaction.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every document has: its reference number, its customer as named at creation, currency, author. */
@MappedSuperclass
public abstract class CustomerDocument {

    @Id
    private String number;

    @Column(name = "customer_code", nullable = false, updatable = false)
    private String customerCode;

    @Column(name = "customer_name", nullable = false, updatable = false)
    private String customerName;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CustomerDocument() {
    }

    protected CustomerDocument(String number, CreditAccount customer, String createdBy, Instant createdAt) {
        this.number = number;
        this.customerCode = customer.customerCode();
        this.customerName = customer.name();
        this.currency = customer.currency();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String number() {
        return number;
    }

    public String customerCode() {
        return customerCode;
    }

    public String customerName() {
        return customerName;
    }

    public String currency() {
        return currency;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
