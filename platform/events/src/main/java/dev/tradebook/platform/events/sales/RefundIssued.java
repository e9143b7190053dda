package dev.tradebook.platform.events.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code sales.refund-issued.v1}: money paid back to the customer (it raises what the customer owes). */
public record RefundIssued(String number, String customer, String currency, LocalDate issuedOn, BigDecimal amount,
        String method, String reference) {
}
