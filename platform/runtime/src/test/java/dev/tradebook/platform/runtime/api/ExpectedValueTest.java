package dev.tradebook.platform.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExpectedValueTest {

    enum Mode { NONE, CREDIT_LIMIT, PAST_DUE }

    record Address(String city) {
    }

    @Test
    void anEnumListsItsValues() {
        assertThat(ExpectedValue.of(Mode.class)).isEqualTo("one of NONE, CREDIT_LIMIT, PAST_DUE");
    }

    @Test
    void numbersSayWhetherTheyMayHaveDecimals() {
        assertThat(ExpectedValue.of(BigDecimal.class)).isEqualTo("a decimal number");
        assertThat(ExpectedValue.of(int.class)).isEqualTo("a whole number");
        assertThat(ExpectedValue.of(Long.class)).isEqualTo("a whole number");
    }

    @Test
    void datesShowTheirFormat() {
        assertThat(ExpectedValue.of(LocalDate.class)).isEqualTo("a date yyyy-MM-dd");
        assertThat(ExpectedValue.of(Instant.class)).startsWith("a date and time in ISO 8601");
    }

    @Test
    void containersAreNamedByTheirJsonShape() {
        assertThat(ExpectedValue.of(List.class)).isEqualTo("a list");
        assertThat(ExpectedValue.of(String[].class)).isEqualTo("a list");
        assertThat(ExpectedValue.of(Map.class)).isEqualTo("an object");
        assertThat(ExpectedValue.of(Address.class)).isEqualTo("an object");
        assertThat(ExpectedValue.of(Boolean.class)).isEqualTo("true or false");
        assertThat(ExpectedValue.of(null)).isEqualTo("another type");
    }
}
