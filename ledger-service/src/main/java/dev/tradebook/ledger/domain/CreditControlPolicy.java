package dev.tradebook.ledger.domain;

import java.math.BigDecimal;

/**
 * The company's credit-control settings: the mode, the days an invoice may be late before it counts, and the
 * overdue amount (in each customer's currency) below which no one is held, so rounding residue holds no one.
 */
public record CreditControlPolicy(CreditControlMode mode, int graceDays, BigDecimal minimumOverdueAmount) {

    /** Refuses, with IllegalArgumentException, settings no company could mean. */
    public CreditControlPolicy {
        if (mode == null || graceDays < 0 || minimumOverdueAmount == null || minimumOverdueAmount.signum() < 0) {
            throw new IllegalArgumentException("credit control needs a mode, grace days ≥ 0 and a minimum overdue amount ≥ 0");
        }
    }

    /** Over a limit that is checked at all (0 = not checked). */
    boolean holdsForCreditLimit(BigDecimal balance, BigDecimal creditLimit) {
        return mode == CreditControlMode.CREDIT_LIMIT && creditLimit.signum() > 0 && balance.compareTo(creditLimit) > 0;
    }

    /** {@code overdue}: what fell due more than the grace days ago. */
    boolean holdsForPastDue(BigDecimal overdue) {
        return mode == CreditControlMode.PAST_DUE && overdue.signum() > 0 && overdue.compareTo(minimumOverdueAmount) >= 0;
    }
}
