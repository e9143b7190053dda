package dev.tradebook.platform.events.sales;

import java.time.LocalDate;

/**
 * {@code sales.credit-note-issued.v1}: an amount credited back, against {@code invoice} or standalone
 * (null), for returned goods ({@code rma}) or a price correction.
 */
public record CreditNoteIssued(String number, String customer, String currency, LocalDate issueDate,
        DocumentTotals totals, String invoice, String rma) {
}
