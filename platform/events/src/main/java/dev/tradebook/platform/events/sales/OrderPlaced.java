package dev.tradebook.platform.events.sales;

import java.time.LocalDate;

/**
 * {@code sales.order-placed.v1}: a sales order was accepted, APPROVED (it counts in the exposure) or
 * PENDING (created while the customer is on hold; it counts only once approved). {@code ecommerce}: null unless
 * imported from an e-commerce cart (added later, optional).
 */
public record OrderPlaced(String number, String customer, String currency, String status, LocalDate orderDate,
        DocumentTotals totals, String quote, OrderEcommerce ecommerce) {
}
