package dev.tradebook.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An account of the chart (sales, tax, cash, the debtor control accounts...); seeded by the migrations. */
@Entity
@Immutable
@Table(name = "gl_account")
public class GeneralLedgerAccount {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    /** ASSET, LIABILITY, INCOME or EXPENSE. */
    @Column(nullable = false)
    private String kind;

    protected GeneralLedgerAccount() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }
}
