package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The ledger's copy of one customer: its currency, its credit limit (0 = not checked), the debtor account
 * its documents post to, and how many postings it has had (the sequence of ledger.balance-changed.v1).
 */
@Entity
@Table(name = "customer_ledger")
public class CustomerLedger {

    @Id
    @Column(name = "customer_code")
    private String customerCode;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "credit_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal creditLimit;

    @Column(name = "posting_account_id", nullable = false)
    private UUID postingAccountId;

    @Column(name = "posting_sequence", nullable = false)
    private long postingSequence;

    /** Automatic holds; a manual hold lives on the customer master, not here. */
    @Column(name = "held_for_credit_limit", nullable = false)
    private boolean heldForCreditLimit;

    @Column(name = "held_for_past_due", nullable = false)
    private boolean heldForPastDue;

    protected CustomerLedger() {
    }

    static CustomerLedger open(String customerCode, String currency, BigDecimal creditLimit, UUID postingAccountId) {
        CustomerLedger ledger = new CustomerLedger();
        ledger.customerCode = customerCode;
        ledger.currency = currency;
        ledger.creditLimit = creditLimit;
        ledger.postingAccountId = postingAccountId;
        return ledger;
    }

    public String customerCode() {
        return customerCode;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal creditLimit() {
        return creditLimit;
    }

    public UUID postingAccountId() {
        return postingAccountId;
    }

    public long postingSequence() {
        return postingSequence;
    }

    public boolean isHeldFor(HoldReason reason) {
        return reason == HoldReason.CREDIT_LIMIT ? heldForCreditLimit : heldForPastDue;
    }

    /** The automatic holds in force, in the order of {@link HoldReason}. */
    public List<HoldReason> holdReasons() {
        return Arrays.stream(HoldReason.values()).filter(this::isHeldFor).toList();
    }

    void hold(HoldReason reason, boolean held) {
        if (reason == HoldReason.CREDIT_LIMIT) {
            heldForCreditLimit = held;
        } else {
            heldForPastDue = held;
        }
    }

    void changeCreditLimit(BigDecimal limit) {
        this.creditLimit = limit;
    }

    void postTo(UUID accountId) {
        this.postingAccountId = accountId;
    }

    /** Counts a posting and answers its number. */
    long nextPosting() {
        return ++postingSequence;
    }
}
