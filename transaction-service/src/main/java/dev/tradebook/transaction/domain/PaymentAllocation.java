package dev.tradebook.transaction.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Part of a payment that the payer meant for one invoice. */
@Embeddable
public class PaymentAllocation {

    @Column(name = "invoice_number", nullable = false)
    private String invoice;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected PaymentAllocation() {
    }

    PaymentAllocation(String invoice, BigDecimal amount) {
        this.invoice = invoice;
        this.amount = amount;
    }

    public String invoice() {
        return invoice;
    }

    public BigDecimal amount() {
        return amount;
    }
}
