package dev.tradebook.ledger.domain;

import java.math.BigDecimal;

/** Part of a payment or credit note that someone in accounts wants settled against one invoice. */
public record RequestedAllocation(String invoice, BigDecimal amount) {
}
