package dev.tradebook.system.invariants;

import java.math.BigDecimal;

/**
 * The ledger's automatic credit control as ARCHITECTURE.md states it, written again here on purpose: the
 * checker is an independent oracle, so it must not call the code it checks.
 */
public record CreditRules(String mode, BigDecimal minimumOverdue) {

    /** Over a limit that is checked at all (0 = not checked). */
    public boolean holdsForCreditLimit(BigDecimal balance, BigDecimal creditLimit) {
        return "CREDIT_LIMIT".equals(mode) && creditLimit.signum() > 0 && balance.compareTo(creditLimit) > 0;
    }

    /** {@code overdue}: what fell due more than the grace days ago. */
    public boolean holdsForPastDue(BigDecimal overdue) {
        return "PAST_DUE".equals(mode) && overdue.signum() > 0 && overdue.compareTo(minimumOverdue) >= 0;
    }
}
