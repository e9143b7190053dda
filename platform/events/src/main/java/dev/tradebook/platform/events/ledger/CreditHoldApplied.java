package dev.tradebook.platform.events.ledger;

import java.math.BigDecimal;

/**
 * {@code ledger.credit-hold-applied.v1}: automatic credit control put the customer on hold, {@code reason}
 * CREDIT_LIMIT (balance over the limit) or PAST_DUE (overdue beyond the grace days and the minimum amount).
 */
public record CreditHoldApplied(String customer, String reason, String currency, BigDecimal balance,
        BigDecimal creditLimit, BigDecimal amountOverdue, long sequence) {
}
