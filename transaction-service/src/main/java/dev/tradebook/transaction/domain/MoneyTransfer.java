package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import dev.tradebook.platform.runtime.money.Money;

/** Money that moved in one direction on one day: a payment received or a refund paid out. */
@MappedSuperclass
public abstract class MoneyTransfer extends CustomerDocument {

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate documentDate;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(updatable = false)
    private String reference;

    protected MoneyTransfer() {
    }

    protected MoneyTransfer(String number, CreditAccount customer, Money amount, TransferRequest request, Instant now,
            LocalDate today) {
        super(number, customer, request.user(), now);
        this.documentDate = today;
        this.amount = amount.amount();
        this.method = request.method();
        this.reference = request.reference();
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public Money amount() {
        return Money.of(amount, currency());
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }
}
