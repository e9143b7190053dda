package dev.tradebook.platform.events.ledger;

import java.math.BigDecimal;

/**
 * {@code ledger.balance-changed.v1}: a posting changed what the customer owes. {@code sequence} grows
 * with every posting on the customer, so a reader keeps the figures of the highest one.
 */
public record BalanceChanged(String customer, String currency, BigDecimal balance, BigDecimal amountDue,
        BigDecimal amountOverdue, String sourceDocument, long sequence) {
}
