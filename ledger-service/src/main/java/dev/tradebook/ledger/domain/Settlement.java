package dev.tradebook.ledger.domain;

import java.math.BigDecimal;

/** A debit item settled by {@code amount}: what the customer owes on it went down by that much. */
public record Settlement(OpenItem debit, BigDecimal amount) {
}
