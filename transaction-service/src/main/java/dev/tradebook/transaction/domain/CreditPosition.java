package dev.tradebook.transaction.domain;

import java.util.Optional;

import dev.tradebook.platform.runtime.money.Money;

/** Where a customer stands against its credit limit, every amount in the customer's currency. */
public record CreditPosition(String customerCode, Money limit, Money exposure) {

    public String currency() {
        return limit.currencyCode();
    }

    /** A limit of zero means the customer master asked for no credit check at all. */
    public boolean limitChecked() {
        return !limit.isZero();
    }

    /**
     * Limit minus exposure, negative once the customer is over its limit; empty when the limit is not
     * checked, because "unlimited" has no amount.
     */
    public Optional<Money> available() {
        return limitChecked() ? Optional.of(limit.minus(exposure)) : Optional.empty();
    }
}
