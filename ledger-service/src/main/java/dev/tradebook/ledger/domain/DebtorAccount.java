package dev.tradebook.ledger.domain;

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
}
