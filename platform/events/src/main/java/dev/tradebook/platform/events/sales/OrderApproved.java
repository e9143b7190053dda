package dev.tradebook.platform.events.sales;

/** {@code sales.order-approved.v1}: a PENDING order was approved after its customer's hold was released. */
public record OrderApproved(String number, String customer, String currency, DocumentTotals totals,
        String approvedBy) {
}
