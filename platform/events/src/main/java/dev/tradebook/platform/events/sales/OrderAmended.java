package dev.tradebook.platform.events.sales;

/** {@code sales.order-amended.v1}: an order's lines changed; {@code revision} counts the amendments. */
public record OrderAmended(String number, String customer, String currency, int revision, DocumentTotals previousTotals,
        DocumentTotals totals) {
}
