package dev.tradebook.platform.events.sales;

import java.time.LocalDate;

/** {@code sales.cash-sale-made.v1}: goods sold and paid for at once; nothing stays owed. */
public record CashSaleMade(String number, String customer, String currency, LocalDate saleDate,
        DocumentTotals totals, String method, String reference) {
}
