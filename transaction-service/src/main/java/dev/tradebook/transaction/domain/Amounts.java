package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.util.List;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/** An amount from a request, in the customer's currency: never rounded silently, never zero or below. */
final class Amounts {

    private Amounts() {
    }

    static Money positive(BigDecimal amount, String currency, String field) {
        Money money = Money.of(amount, currency);
        String problem = amount.stripTrailingZeros().scale() > money.amount().scale()
                ? "must have at most " + money.amount().scale() + " decimals in " + currency
                : amount.signum() <= 0 ? "must be greater than 0" : null;
        if (problem != null) {
            throw new InvalidRequest("validation", "Field " + field + " " + problem, List.of(new Violation(field, problem)));
        }
        return money;
    }
}
