package dev.tradebook.customer.domain;

import java.math.BigDecimal;

/** The ledger's figures for a customer after its posting {@code sequence}. */
public record BalanceFigures(String customer, String currency, BigDecimal balance, BigDecimal amountDue,
        BigDecimal amountOverdue, long sequence) {
}
