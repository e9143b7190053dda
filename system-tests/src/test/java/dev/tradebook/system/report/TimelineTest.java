package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final String WITH_HOLD_COLUMNS = """
            second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms,hold_applied_lag_ms,hold_released_lag_ms
            1,19,6.2,41.0,44.1,120,,,
            2,21,5.8,30.5,31.0,,95,310,
            """;

    @Test
    void readsColumnsByTheirHeaderName() {
        Timeline timeline = Timeline.parse(WITH_HOLD_COLUMNS);

        assertThat(timeline.column("second")).containsExactly(1, 2);
        assertThat(timeline.column("answers")).containsExactly(19, 21);
        assertThat(timeline.column("p99_ms")).containsExactly(41.0, 30.5);
    }

    @Test
    void readsAnEmptyCellAsNotANumber() {
        double[] ledgerLag = Timeline.parse(WITH_HOLD_COLUMNS).column("ledger_lag_ms");

        assertThat(ledgerLag[0]).isEqualTo(120);
        assertThat(ledgerLag[1]).isNaN();
    }

    @Test
    void findsEveryLagColumnIncludingAppendedOnes() {
        assertThat(Timeline.parse(WITH_HOLD_COLUMNS).lagColumns())
                .containsExactly("ledger_lag_ms", "customer_lag_ms", "hold_applied_lag_ms", "hold_released_lag_ms");
    }

    @Test
    void namesTheColumnItDoesNotHave() {
        assertThatThrownBy(() -> Timeline.parse("second,answers\n1,3\n").column("p50_ms"))
                .hasMessageContaining("p50_ms").hasMessageContaining("[second, answers]");
    }
}
