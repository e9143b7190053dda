package dev.tradebook.platform.runtime.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void takesTheScaleOfItsCurrency() {
        assertThat(Money.of("10", "INR").amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of("10", "JPY").amount()).isEqualTo(new BigDecimal("10"));
        assertThat(Money.of("10", "KWD").amount()).isEqualTo(new BigDecimal("10.000"));
    }

    @Test
    void roundsHalfToEven() {
        assertThat(Money.of("2.345", "USD").amount()).isEqualTo(new BigDecimal("2.34"));
        assertThat(Money.of("2.355", "USD").amount()).isEqualTo(new BigDecimal("2.36"));
        assertThat(Money.of("-2.345", "USD").amount()).isEqualTo(new BigDecimal("-2.34"));
    }

    @Test
    void multipliesAtFullPrecisionAndRoundsOnce() {
        Money price = Money.of("0.10", "USD");

        assertThat(price.times(new BigDecimal("0.125")).amount()).isEqualTo(new BigDecimal("0.01"));
        assertThat(price.times(new BigDecimal("3")).plus(Money.of("0.05", "USD")).amount())
                .isEqualTo(new BigDecimal("0.35"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD and EUR");
    }

    @Test
    void knowsIsoCurrencyCodes() {
        assertThat(Money.isCurrencyCode("INR")).isTrue();
        assertThat(Money.isCurrencyCode("inr")).isFalse();
        assertThat(Money.isCurrencyCode("XXY")).isFalse();
        assertThat(Money.isCurrencyCode("RUPEES")).isFalse();
    }

    @Test
    void comparesByValueNotScale() {
        assertThat(Money.of("5", "USD")).isEqualTo(Money.of("5.00", "USD"));
        assertThat(Money.of("5.01", "USD").isGreaterThan(Money.of("5", "USD"))).isTrue();
        assertThat(Money.of("-0.01", "USD").isNegative()).isTrue();
        assertThat(Money.zero("USD").isZero()).isTrue();
    }
}
