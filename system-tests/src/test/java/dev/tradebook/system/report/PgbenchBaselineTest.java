package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgbenchBaselineTest {

    @Test
    void readsTransactionsPerSecondLatencyAndCounts() {
        PgbenchBaseline pgbench = PgbenchBaseline.parse(4, 10, 50, Resources.text("pgbench.txt"));

        assertThat(pgbench.tps()).isEqualTo(981.965648);
        assertThat(pgbench.latencyMillis()).isEqualTo(4.073);
        assertThat(pgbench.transactions()).isEqualTo(9815);
        assertThat(pgbench.failed()).isZero();
    }

    @Test
    void refusesOutputWithoutItsFigures() {
        assertThatThrownBy(() -> PgbenchBaseline.parse(4, 10, 50,
                "pgbench: error: connection to server on socket \"/tmp/.s.PGSQL.5432\" failed\n"))
                .hasMessageContaining("connection to server");
    }
}
