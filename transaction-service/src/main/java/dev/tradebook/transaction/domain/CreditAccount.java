package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/**
 * A customer's credit position in its own currency: this service's copy of the customer master's
 * facts (from customer events) beside the exposure that this service owns.
 */
@Entity
@Table(name = "credit_account")
public class CreditAccount {

    @Id
    @Column(name = "customer_code")
    private String customerCode;

    @Column(nullable = false)
    private String name;

    /** Fixed at creation on the customer master; limit and exposure are both in it, so no rate enters a check. */
    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status;

    @Column(name = "credit_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal creditLimit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal exposure;

    /** The customer master's version of the copied facts, which only ever moves forward. */
    @Column(name = "customer_version", nullable = false)
    private long customerVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CreditAccount() {
    }

    /** The first copy of a customer: nothing has been sold to it on credit yet. */
    static CreditAccount open(CustomerSnapshot customer, Instant now) {
        CreditAccount account = new CreditAccount();
        account.customerCode = customer.code();
        account.currency = customer.currency();
        account.exposure = Money.zero(customer.currency()).amount();
        account.copy(customer, now);
        return account;
    }

    /**
     * Takes the customer master's facts of a newer version; returns false, changing nothing, for a version
     * this copy already has or has gone past, so that a late or replayed event never turns the copy back.
     */
    boolean applyProfile(CustomerSnapshot customer, Instant now) {
        if (!customerCode.equals(customer.code())) {
            throw new IllegalArgumentException("facts of customer " + customer.code() + " given to " + customerCode);
        }
        if (customer.version() <= customerVersion) {
            return false;
        }
        if (!currency.equals(customer.currency())) {
            throw new BusinessRuleViolation("currency-fixed", "Customer " + customerCode + " transacts in " + currency
                    + "; its copy cannot move to " + customer.currency());
        }
        copy(customer, now);
        return true;
    }

    public CreditPosition position() {
        return new CreditPosition(customerCode, creditLimit(), exposure());
    }

    public String customerCode() {
        return customerCode;
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

    public Money exposure() {
        return Money.of(exposure, currency);
    }

    public long customerVersion() {
        return customerVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private void copy(CustomerSnapshot customer, Instant now) {
        name = customer.name();
        status = customer.status();
        creditLimit = customer.creditLimit().amount();
        customerVersion = customer.version();
        updatedAt = now;
    }
}
