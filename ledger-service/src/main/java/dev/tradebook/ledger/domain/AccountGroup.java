package dev.tradebook.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A debtor account group, such as domestic or export debtors; its accounts roll up into one control account. */
@Entity
@Table(name = "account_group")
public class AccountGroup {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    /** The general-ledger account that carries the total of every debtor account in this group. */
    @Column(name = "control_account", nullable = false)
    private String controlAccount;

    protected AccountGroup() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String controlAccount() {
        return controlAccount;
    }
}
