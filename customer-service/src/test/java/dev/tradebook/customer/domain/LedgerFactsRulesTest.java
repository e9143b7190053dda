package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The rules of the ledger's facts on a customer, without Kafka or database. */
class LedgerFactsRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private static Customer customer() {
        return TestCustomers.acme(NOW);
    }

    private static BalanceFigures figures(String amount, long sequence) {
        return new BalanceFigures("C-1", "INR", new BigDecimal(amount), new BigDecimal(amount), BigDecimal.ZERO,
                sequence);
    }

    @Test
    void balanceFiguresAreKeptAtTheScaleOfTheCurrency() {
        CustomerBalance balance = new CustomerBalance("C-1");

        assertThat(balance.update(figures("10.005", 1), NOW)).isTrue();

        assertThat(balance.amount().amount()).isEqualByComparingTo("10.00").hasToString("10.00");
    }

    @Test
    void figuresOfAnOlderOrTheSamePostingAreIgnored() {
        CustomerBalance balance = new CustomerBalance("C-1");
        balance.update(figures("500", 5), NOW);

        assertThat(balance.update(figures("100", 3), NOW)).isFalse();
        assertThat(balance.update(figures("200", 5), NOW)).isFalse();
        assertThat(balance.amount().amount()).isEqualByComparingTo("500");
        assertThat(balance.sequence()).isEqualTo(5);
    }

    @Test
    void aCreditHoldIsAddedOnceAndReleasedOnce() {
        Customer customer = customer();

        assertThat(customer.applyCreditHold(HoldReason.PAST_DUE, NOW)).isTrue();
        assertThat(customer.applyCreditHold(HoldReason.PAST_DUE, NOW)).isFalse();
        assertThat(customer.onHold()).isTrue();
        assertThat(customer.releaseCreditHold(HoldReason.PAST_DUE, NOW)).isTrue();
        assertThat(customer.releaseCreditHold(HoldReason.PAST_DUE, NOW)).isFalse();
        assertThat(customer.onHold()).isFalse();
    }

    @Test
    void theManualHoldIsNotTheLedgers() {
        Customer customer = customer();
        customer.placeOnHold("Cheque bounced", "ravi", NOW);

        assertThatThrownBy(() -> customer.releaseCreditHold(HoldReason.MANUAL, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(customer.holdReasons()).containsExactly(HoldReason.MANUAL);
    }
}
