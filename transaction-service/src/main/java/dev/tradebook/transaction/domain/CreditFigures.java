package dev.tradebook.transaction.domain;

import dev.tradebook.platform.runtime.money.Money;

/** The figures of a credit warning as the user saw them when acknowledging it. */
public record CreditFigures(Money limit, Money exposure, Money documentAmount) {
}
