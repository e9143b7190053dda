package dev.tradebook.platform.events.sales;

import java.math.BigDecimal;

/** Part of a payment meant for one invoice, as the payer said. */
public record Allocation(String invoice, BigDecimal amount) {
}
