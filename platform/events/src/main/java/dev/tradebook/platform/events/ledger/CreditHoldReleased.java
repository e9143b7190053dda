package dev.tradebook.platform.events.ledger;

import java.math.BigDecimal;

/** {@code ledger.credit-hold-released.v1}: the cause of an automatic hold is gone. */
public record CreditHoldReleased(String customer, String reason, String currency, BigDecimal balance,
        BigDecimal creditLimit, BigDecimal amountOverdue, long sequence) {
}
