package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.tradebook.platform.runtime.money.Money;

/** A customer of the distributor: the aggregate the customer master is about. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    /** Fixed at creation: the customer's credit limit, exposure and debtor accounts are all in it. */
    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status;

    @Column(name = "credit_limit", nullable = false)
    private BigDecimal creditLimit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_debtor_account_group", joinColumns = @JoinColumn(name = "customer_code"))
    @OrderColumn(name = "position")
    @Column(name = "group_code", nullable = false)
    private List<String> debtorAccountGroups = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {
    }

    static Customer register(String code, String name, Money creditLimit, List<String> debtorAccountGroups, Instant now) {
        Customer customer = new Customer();
        customer.code = code;
        customer.name = name;
        customer.currency = creditLimit.currencyCode();
        customer.creditLimit = creditLimit.amount();
        customer.debtorAccountGroups = new ArrayList<>(debtorAccountGroups);
        customer.status = CustomerStatus.ACTIVE;
        customer.createdAt = now;
        customer.updatedAt = now;
        return customer;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    public CustomerStatus status() {
        return status;
    }

    public Money creditLimit() {
        return Money.of(creditLimit, currency);
    }

    public List<String> debtorAccountGroups() {
        return List.copyOf(debtorAccountGroups);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
