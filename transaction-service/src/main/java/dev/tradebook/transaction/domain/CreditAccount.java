package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/**
 * A customer's credit position in its own currency: this service's copy of the customer master's
 * facts (from customer events) beside the exposure that this service owns.
 */
@Entity
@Table(name = "credit_account")
// A document changes only the exposure (and once has_transactions): its update leaves the customer's copy alone.
@DynamicUpdate
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

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_action_on_order", nullable = false)
    private CreditAction creditActionOnOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_action_on_invoice", nullable = false)
    private CreditAction creditActionOnInvoice;

    // A record, replaced and never changed in place: compared by reference, not deep-copied through JSON.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "document_defaults", nullable = false)
    private DocumentDefaultsCopy documentDefaults;

    private boolean deleted;

    @Column(name = "manual_hold_reason")
    private String manualHoldReason;

    /** The customer version of the last manual-hold event applied; hold events order apart from profiles. */
    @Column(name = "hold_version", nullable = false)
    private long holdVersion = -1;

    @Column(name = "credit_limit_hold", nullable = false)
    private boolean creditLimitHold;

    @Column(name = "past_due_hold", nullable = false)
    private boolean pastDueHold;

    @Column(name = "has_transactions", nullable = false)
    private boolean hasTransactions;

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
     * An account as its row stands, read by {@link OrderingAccounts} outside Hibernate's session: the caller writes
     * what changes in it.
     */
    static CreditAccount of(ResultSet row, DocumentDefaultsCopy documentDefaults) throws SQLException {
        CreditAccount account = new CreditAccount();
        account.customerCode = row.getString("customer_code");
        account.name = row.getString("name");
        account.currency = row.getString("currency");
        account.status = CustomerStatus.valueOf(row.getString("status"));
        account.creditLimit = row.getBigDecimal("credit_limit");
        account.exposure = row.getBigDecimal("exposure");
        account.customerVersion = row.getLong("customer_version");
        account.creditActionOnOrder = CreditAction.valueOf(row.getString("credit_action_on_order"));
        account.creditActionOnInvoice = CreditAction.valueOf(row.getString("credit_action_on_invoice"));
        account.documentDefaults = documentDefaults;
        account.deleted = row.getBoolean("deleted");
        account.manualHoldReason = row.getString("manual_hold_reason");
        account.holdVersion = row.getLong("hold_version");
        account.creditLimitHold = row.getBoolean("credit_limit_hold");
        account.pastDueHold = row.getBoolean("past_due_hold");
        account.hasTransactions = row.getBoolean("has_transactions");
        account.updatedAt = row.getObject("updated_at", OffsetDateTime.class).toInstant();
        account.version = row.getLong("version");
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

    /** A manual hold placed, its reason replaced (non-null reason) or released (null), as of a customer version. */
    boolean applyManualHold(String reason, long customerVersion, Instant now) {
        if (customerVersion <= holdVersion) {
            return false;
        }
        manualHoldReason = reason;
        holdVersion = customerVersion;
        updatedAt = now;
        return true;
    }

    /** The ledger's credit control put the customer on (or took it off) an automatic hold. */
    void applyAutomaticHold(HoldReason reason, boolean onHold, Instant now) {
        switch (reason) {
            case CREDIT_LIMIT -> creditLimitHold = onHold;
            case PAST_DUE -> pastDueHold = onHold;
            case MANUAL -> throw new IllegalArgumentException("a manual hold comes from the customer master");
        }
        updatedAt = now;
    }

    void markDeleted(Instant now) {
        deleted = true;
        updatedAt = now;
    }

    /** Effective hold: manual or automatic, in this order; empty when the customer is not on hold. */
    public List<HoldReason> holdReasons() {
        List<HoldReason> reasons = new ArrayList<>();
        if (manualHoldReason != null) {
            reasons.add(HoldReason.MANUAL);
        }
        if (creditLimitHold) {
            reasons.add(HoldReason.CREDIT_LIMIT);
        }
        if (pastDueHold) {
            reasons.add(HoldReason.PAST_DUE);
        }
        return List.copyOf(reasons);
    }

    public boolean onHold() {
        return !holdReasons().isEmpty();
    }

    /** Refuses new documents for a customer that is inactive or deleted on the customer master. */
    void requireOpenForDocuments() {
        if (deleted) {
            throw new BusinessRuleViolation("customer-deleted", "Customer " + customerCode + " was deleted");
        }
        if (status != CustomerStatus.ACTIVE) {
            throw new BusinessRuleViolation("customer-inactive", "Customer " + customerCode + " is inactive");
        }
    }

    /** True only the first time: the caller then announces that the customer has transactions. */
    boolean recordFirstDocument() {
        if (hasTransactions) {
            return false;
        }
        hasTransactions = true;
        return true;
    }

    /** A document changed what the customer owes or has been promised; negative to lower it. */
    void addExposure(Money change) {
        exposure = exposure().plus(change).amount();
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

    public CreditAction creditActionOnOrder() {
        return creditActionOnOrder;
    }

    public CreditAction creditActionOnInvoice() {
        return creditActionOnInvoice;
    }

    public DocumentDefaultsCopy documentDefaults() {
        return documentDefaults;
    }

    public String manualHoldReason() {
        return manualHoldReason;
    }

    public boolean deleted() {
        return deleted;
    }

    public long customerVersion() {
        return customerVersion;
    }

    boolean hasTransactions() {
        return hasTransactions;
    }

    long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private void copy(CustomerSnapshot customer, Instant now) {
        name = customer.name();
        status = customer.status();
        creditLimit = customer.creditLimit().amount();
        creditActionOnOrder = customer.creditActionOnOrder();
        creditActionOnInvoice = customer.creditActionOnInvoice();
        documentDefaults = customer.documentDefaults();
        customerVersion = customer.version();
        updatedAt = now;
    }
}
