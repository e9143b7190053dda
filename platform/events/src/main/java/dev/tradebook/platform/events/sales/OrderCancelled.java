package dev.tradebook.platform.events.sales;

import java.math.BigDecimal;

/** {@code sales.order-cancelled.v1}: an order was cancelled; {@code uninvoicedAmount} left the exposure. */
public record OrderCancelled(String number, String customer, String currency, BigDecimal uninvoicedAmount,
        String reason) {
}
