package dev.tradebook.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The company's ledger settings; one row. */
@Entity
@Table(name = "ledger_settings")
public class LedgerSettings {

    static final short THE_COMPANY = 1;

    @Id
    private short id;

    /** New payments settle the customer's open invoices oldest first (after the payer's own hints). */
    @Column(name = "auto_allocate_payments", nullable = false)
    private boolean autoAllocatePayments;

    @Version
    private int version;

    protected LedgerSettings() {
    }

    public boolean autoAllocatePayments() {
        return autoAllocatePayments;
    }

    public int version() {
        return version;
    }

    void allocatePaymentsAutomatically(boolean on) {
        this.autoAllocatePayments = on;
    }
}
