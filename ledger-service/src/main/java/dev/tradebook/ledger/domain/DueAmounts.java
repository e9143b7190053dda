package dev.tradebook.ledger.domain;

import java.math.BigDecimal;

/** What open invoices and refunds leave owing ({@code due}) and the part past its due date ({@code overdue}). */
public record DueAmounts(BigDecimal due, BigDecimal overdue) {
}
