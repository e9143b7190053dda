package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A debtor account whose stored balance differs from the sum of its journal lines. */
public record BalanceDrift(String customer, UUID account, String currency, BigDecimal storedBalance,
        BigDecimal journalBalance) {
}
