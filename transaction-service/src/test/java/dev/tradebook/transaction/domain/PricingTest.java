package dev.tradebook.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

class PricingTest {

    @Test
    void discountThenTaxEachRoundedHalfEvenAtTheCurrencyScale() {
        // 3 × 10.15 = 30.45; less 5 % = 28.9275 → 28.93; tax 18 % = 5.2074 → 5.21
        Totals totals = Pricing.price(List.of(line("3", "10.15", "5", "18")), "INR").totals();

        assertThat(totals.net().amount()).isEqualByComparingTo("28.93");
        assertThat(totals.tax().amount()).isEqualByComparingTo("5.21");
        assertThat(totals.total().amount()).isEqualByComparingTo("34.14");
    }

    @Test
    void halfEvenRoundsATieToTheEvenCent() {
        // 1 × 0.25 less 50 % = 0.125 → 0.12 (HALF_UP would give 0.13)
        assertThat(Pricing.price(List.of(line("1", "0.25", "50", "0")), "EUR").totals().net().amount())
                .isEqualByComparingTo("0.12");
    }

    @Test
    void documentTotalsAreTheSumOfTheRoundedLines() {
        Totals totals = Pricing.price(List.of(line("1", "0.01", "0", "50"), line("1", "0.01", "0", "50")), "EUR").totals();

        // each line: tax 0.005 → 0.00 (HALF_EVEN); the document sums the rounded lines
        assertThat(totals.tax().amount()).isEqualByComparingTo("0.00");
        assertThat(totals.total().amount()).isEqualByComparingTo("0.02");
    }

    @Test
    void yenHasNoDecimals() {
        assertThat(Pricing.price(List.of(line("3", "333", "10", "10")), "JPY").totals().total().amount())
                .isEqualByComparingTo("989"); // 999 less 10 % = 899.1 → 899; tax 89.9 → 90
    }

    @Test
    void morePriceDecimalsThanTheCurrencyHasAreRefusedOnTheirField() {
        assertThatThrownBy(() -> Pricing.price(List.of(line("1", "1.001", "0", "0")), "EUR"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("lines[0].unitPrice"));
    }

    @Test
    void noLinesAreRefused() {
        assertThatThrownBy(() -> Pricing.price(List.of(), "EUR"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("lines"));
    }

    @Test
    void aLineBeyondTheColumnPrecisionIsRefused() {
        assertThatThrownBy(() -> Pricing.price(List.of(line("10000", "999999999999.99", "0", "0")), "EUR"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("lines[0]"));
    }

    private static LineInput line(String quantity, String price, String discount, String tax) {
        return new LineInput("SKU", null, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(discount),
                new BigDecimal(tax));
    }
}
