package dev.tradebook.ledger.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_control_mode", nullable = false)
    private CreditControlMode creditControlMode;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "minimum_overdue_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal minimumOverdueAmount;

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

    public CreditControlPolicy creditControl() {
        return new CreditControlPolicy(creditControlMode, graceDays, minimumOverdueAmount);
    }

    void allocatePaymentsAutomatically(boolean on) {
        this.autoAllocatePayments = on;
    }

    void controlCredit(CreditControlPolicy policy) {
        this.creditControlMode = policy.mode();
        this.graceDays = policy.graceDays();
        this.minimumOverdueAmount = policy.minimumOverdueAmount();
    }
}
