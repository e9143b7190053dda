package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One posting on a period statement: what it added to and took off the account, and the balance after it. */
public record StatementLine(LocalDate date, EntryKind kind, String document, BigDecimal debit, BigDecimal credit,
        BigDecimal balance) {
}
