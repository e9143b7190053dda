package dev.tradebook.transaction.domain;

import java.util.List;

/** An invoice with the credit warnings acknowledged on it. */
public record InvoiceRecord(Invoice invoice, List<CreditAcknowledgement> acknowledgements) {
}
