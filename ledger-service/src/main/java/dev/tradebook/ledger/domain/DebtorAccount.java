package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one customer owes under one debtor account group. */
@Entity
@Table(name = "debtor_account")
public class DebtorAccount {

    @Id
    private UUID id;

    @Column(name = "customer_code", nullable = false, updatable = false)
    private String customerCode;

    @Column(name = "group_code", nullable = false, updatable = false)
    private String groupCode;

    /**
     * The customer's currency, fixed when the customer was created; every amount on this account is in it,
     * so no exchange rate enters a balance or a credit decision. Hence no way to change it.
     */
    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false)
    private String name;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /** Σ debit − Σ credit of the journal lines on this account, kept in the transaction of each posting. */
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal balance;

    protected DebtorAccount() {
    }

    static DebtorAccount open(Debtor debtor, AccountGroup group, Instant now) {
        DebtorAccount account = new DebtorAccount();
        account.id = UUID.randomUUID();
        account.customerCode = debtor.code();
        account.groupCode = group.code();
        account.currency = debtor.currency();
        account.name = debtor.name();
        account.openedAt = now;
        account.balance = BigDecimal.ZERO;
        return account;
    }

    public UUID id() {
        return id;
    }

    public String customerCode() {
        return customerCode;
    }

    public String groupCode() {
        return groupCode;
    }

    public String currency() {
        return currency;
    }

    public String name() {
        return name;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public BigDecimal balance() {
        return balance;
    }

    /** Only the journal calls this, with the signed amount of a line it posts on this account. */
    void post(BigDecimal signedAmount) {
        balance = balance.add(signedAmount);
    }
}
