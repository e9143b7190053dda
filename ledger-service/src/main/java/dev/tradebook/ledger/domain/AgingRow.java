package dev.tradebook.ledger.domain;

import java.math.BigDecimal;

/**
 * What one customer (or, with {@code customer} null, every customer in one currency) owed as of a date, by days
 * past due: not yet due, 1–30, 31–60, 61–90 and over 90 days. Credits not yet allocated count negative, aged
 * from their own date. The buckets sum to {@code balance}, the balance as of that date.
 */
public record AgingRow(String customer, String currency, BigDecimal current, BigDecimal days1To30,
        BigDecimal days31To60, BigDecimal days61To90, BigDecimal over90, BigDecimal balance) {
}
