package dev.tradebook.ledger.api;

import java.math.BigDecimal;
import java.util.List;

import dev.tradebook.ledger.domain.AccountSummary;
import dev.tradebook.ledger.domain.HoldReason;
import dev.tradebook.platform.runtime.money.Money;

/** {@code GET /customers/{code}/account}: what the customer owes and whether automatic credit control holds it. */
public record AccountSummaryView(
        String customer,
        String currency,
        BigDecimal balance,
        BigDecimal amountDue,
        BigDecimal amountOverdue,
        BigDecimal creditLimit,
        CreditStatus creditStatus) {

    /** Automatic holds only: a manual hold is kept by the customer master. */
    public record CreditStatus(boolean onHold, List<HoldReason> reasons) {
    }

    static AccountSummaryView of(AccountSummary summary) {
        var ledger = summary.ledger();
        var figures = summary.figures();
        List<HoldReason> reasons = ledger.holdReasons();
        return new AccountSummaryView(ledger.customerCode(), ledger.currency(), figures.balance().amount(),
                figures.due().amount(), figures.overdue().amount(), Money.of(ledger.creditLimit(), ledger.currency()).amount(),
                new CreditStatus(!reasons.isEmpty(), reasons));
    }
}
