package dev.tradebook.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.money.Money;

class CreditPositionTest {

    @Test
    void availableIsLimitMinusExposure() {
        CreditPosition position = new CreditPosition("C1", Money.of("5000", "INR"), Money.of("1250.25", "INR"));

        assertThat(position.limitChecked()).isTrue();
        assertThat(position.available()).contains(Money.of("3749.75", "INR"));
    }

    @Test
    void availableTurnsNegativeOverTheLimit() {
        CreditPosition position = new CreditPosition("C1", Money.of("1000", "INR"), Money.of("1200", "INR"));

        assertThat(position.available()).contains(Money.of("-200", "INR"));
    }

    @Test
    void zeroLimitIsNotCheckedAndHasNoAvailableAmount() {
        CreditPosition position = new CreditPosition("C1", Money.zero("INR"), Money.of("1200", "INR"));

        assertThat(position.limitChecked()).isFalse();
        assertThat(position.available()).isEmpty();
    }
}
