package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Part of a credit item settling part of a debit item, dated so that aging can look back. */
@Entity
@Immutable
@Table(name = "allocation")
public class Allocation {

    @Id
    private UUID id;

    @Column(name = "customer_code", nullable = false)
    private String customerCode;

    @Column(nullable = false)
    private String currency;

    @Column(name = "credit_item_id", nullable = false)
    private UUID creditItemId;

    @Column(name = "debit_item_id", nullable = false)
    private UUID debitItemId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "allocated_on", nullable = false)
    private LocalDate allocatedOn;

    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    protected Allocation() {
    }

    Allocation(OpenItem credit, OpenItem debit, BigDecimal amount, LocalDate allocatedOn, Instant allocatedAt) {
        this.id = UUID.randomUUID();
        this.customerCode = credit.customerCode();
        this.currency = credit.currency();
        this.creditItemId = credit.id();
        this.debitItemId = debit.id();
        this.amount = amount;
        this.allocatedOn = allocatedOn;
        this.allocatedAt = allocatedAt;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate allocatedOn() {
        return allocatedOn;
    }
}
