package dev.tradebook.platform.events.sales;

/** {@code sales.customer-has-transactions.v1}: the customer's first document; it can no longer be deleted. */
public record CustomerHasTransactions(String customer, String documentType, String documentNumber) {
}
