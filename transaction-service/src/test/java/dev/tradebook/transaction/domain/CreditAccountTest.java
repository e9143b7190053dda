package dev.tradebook.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

class CreditAccountTest {

    private static final Instant OPENED = Instant.parse("2025-04-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2025-04-02T10:00:00Z");

    @Test
    void opensWithTheCustomersFactsAndNoExposure() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 3), OPENED);

        assertThat(account.customerCode()).isEqualTo("C000001");
        assertThat(account.name()).isEqualTo("Acme");
        assertThat(account.currency()).isEqualTo("EUR");
        assertThat(account.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(account.creditLimit()).isEqualTo(Money.of("5000.00", "EUR"));
        assertThat(account.exposure()).isEqualTo(Money.zero("EUR"));
        assertThat(account.customerVersion()).isEqualTo(3);
        assertThat(account.updatedAt()).isEqualTo(OPENED);
    }

    @Test
    void keepsAmountsAtTheScaleOfTheCurrency() {
        CreditAccount account = CreditAccount.open(snapshot("Tokyo Trading", "JPY", "5000.4", 0), OPENED);

        assertThat(account.creditLimit().amount()).hasToString("5000");
        assertThat(account.exposure().amount()).hasToString("0");
    }

    @Test
    void takesTheFactsOfANewerVersion() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 1), OPENED);

        boolean applied = account.applyProfile(snapshot("Acme Europe", "EUR", "7500.50", 2), LATER);

        assertThat(applied).isTrue();
        assertThat(account.name()).isEqualTo("Acme Europe");
        assertThat(account.creditLimit()).isEqualTo(Money.of("7500.50", "EUR"));
        assertThat(account.customerVersion()).isEqualTo(2);
        assertThat(account.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void ignoresAnOlderVersionArrivingAfterANewerOne() {
        CreditAccount account = CreditAccount.open(snapshot("Newest", "EUR", "9000", 5), OPENED);

        boolean applied = account.applyProfile(snapshot("Stale", "EUR", "100", 4), LATER);

        assertThat(applied).isFalse();
        assertThat(account.name()).isEqualTo("Newest");
        assertThat(account.creditLimit()).isEqualTo(Money.of("9000", "EUR"));
        assertThat(account.customerVersion()).isEqualTo(5);
        assertThat(account.updatedAt()).isEqualTo(OPENED);
    }

    @Test
    void ignoresTheVersionItAlreadyHas() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 5), OPENED);

        assertThat(account.applyProfile(snapshot("Acme again", "EUR", "1", 5), LATER)).isFalse();
        assertThat(account.name()).isEqualTo("Acme");
    }

    @Test
    void refusesToChangeTheCurrency() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 1), OPENED);

        assertThatThrownBy(() -> account.applyProfile(snapshot("Acme", "USD", "5000", 2), LATER))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("EUR");
        assertThat(account.currency()).isEqualTo("EUR");
        assertThat(account.customerVersion()).isEqualTo(1);
    }

    @Test
    void anOlderVersionInAnotherCurrencyIsIgnoredRatherThanRefused() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 3), OPENED);

        assertThat(account.applyProfile(snapshot("Acme", "USD", "5000", 2), LATER)).isFalse();
    }

    @Test
    void refusesTheFactsOfAnotherCustomer() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 1), OPENED);
        CustomerSnapshot other = new CustomerSnapshot("C000002", "Other", CustomerStatus.ACTIVE, Money.of("1", "EUR"), 2);

        assertThatThrownBy(() -> account.applyProfile(other, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void followsTheCustomerIntoInactivity() {
        CreditAccount account = CreditAccount.open(snapshot("Acme", "EUR", "5000", 1), OPENED);

        account.applyProfile(new CustomerSnapshot("C000001", "Acme", CustomerStatus.INACTIVE, Money.of("5000", "EUR"), 2), LATER);

        assertThat(account.status()).isEqualTo(CustomerStatus.INACTIVE);
    }

    @Test
    void showsItsPositionInTheCustomersCurrency() {
        CreditPosition position = CreditAccount.open(snapshot("Acme", "EUR", "5000", 1), OPENED).position();

        assertThat(position.customerCode()).isEqualTo("C000001");
        assertThat(position.currency()).isEqualTo("EUR");
        assertThat(position.limit()).isEqualTo(Money.of("5000", "EUR"));
        assertThat(position.exposure()).isEqualTo(Money.zero("EUR"));
        assertThat(position.available()).contains(Money.of("5000", "EUR"));
    }

    private static CustomerSnapshot snapshot(String name, String currency, String limit, long version) {
        return new CustomerSnapshot("C000001", name, CustomerStatus.ACTIVE, Money.of(limit, currency), version);
    }
}
