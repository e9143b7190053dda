package dev.tradebook.platform.events.sales;

import java.time.LocalDate;

/** {@code sales.invoice-issued.v1}: an invoice the customer owes, due on {@code dueDate}. */
public record InvoiceIssued(String number, String customer, String currency, LocalDate invoiceDate,
        LocalDate dueDate, DocumentTotals totals, String salesOrder) {
}
