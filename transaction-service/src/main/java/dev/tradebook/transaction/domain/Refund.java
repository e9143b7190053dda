package dev.tradebook.transaction.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.tradebook.platform.runtime.money.Money;

/** Money paid back to the customer; it raises the exposure. */
@Entity
@Table(name = "refund")
public class Refund extends MoneyTransfer {

    protected Refund() {
    }

    Refund(String number, CreditAccount customer, Money amount, TransferRequest request, Instant now, LocalDate today) {
        super(number, customer, amount, request, now, today);
    }
}
