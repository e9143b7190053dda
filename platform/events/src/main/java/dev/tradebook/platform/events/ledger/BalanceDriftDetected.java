package dev.tradebook.platform.events.ledger;

import java.math.BigDecimal;

/**
 * {@code ledger.balance-drift-detected.v1}: the self-check found a stored balance that differs from
 * the sum of its journal lines. Reported, never silently fixed.
 */
public record BalanceDriftDetected(String customer, String account, BigDecimal storedBalance,
        BigDecimal journalBalance) {
}
