package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

/** The report's layout, which scripts and the report program read by name. */
class MixedReportTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void stop() {
        vertx.close();
    }

    @Test
    void theHoldLagColumnsComeAfterTheColumnsThatWereThereBefore() {
        String csv = report("Credit control was already in mode CREDIT_LIMIT.").timelineCsv();

        assertThat(csv.lines().findFirst()).hasValue("second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms,"
                + "hold_customer_lag_ms,hold_transactions_lag_ms,release_customer_lag_ms,release_transactions_lag_ms");
        assertThat(csv.lines().skip(1)).hasSize(2).allSatisfy(row -> assertThat(row.split(",", -1)).hasSize(11));
    }

    @Test
    void theSummaryNamesTheHoldLagsAsTheBalanceLags() {
        MixedReport report = report("Credit control was in mode NONE: set to CREDIT_LIMIT for the run, put back at its end.");

        assertThat(report.summary()).contains("lag_ledger_balance_p99_ms=0\n", "hold_cycles=0\n", "hold_unseen=0\n",
                "hold_refused=0\n", "lag_hold_on_customer_p99_ms=0\n", "lag_hold_in_transactions_p99_ms=0\n",
                "lag_release_on_customer_p99_ms=0\n", "lag_release_in_transactions_p99_ms=0\n");
        assertThat(report.markdown()).contains("0 hold cycles", "mode NONE: set to CREDIT_LIMIT", "| release in transactions |");
    }

    @Test
    void withoutHoldProbesNoHoldLagIsReported() {
        MixedReport report = report("");

        assertThat(report.summary()).contains("hold_cycles=0\n").doesNotContain("lag_hold_");
        assertThat(report.markdown()).doesNotContain("hold cycles");
    }

    private MixedReport report(String creditControl) {
        Timeline timeline = new Timeline();
        timeline.add(new Histogram(3));
        timeline.add(new Histogram(3));
        StepResult run = new StepResult(10, 20, 0, 2, new Histogram(3), timeline, Map.of());
        Calls calls = new Calls(vertx, vertx.createHttpClient(), null);
        Endpoints endpoints = Endpoints.local("localhost", 0);
        return new MixedReport(run, new LagProbe(vertx, calls, endpoints, List.of("P001"), new Acknowledged(), 1_000),
                new HoldProbe(vertx, calls, endpoints, List.of("H001"), new Acknowledged(), 1_000), creditControl, 0,
                List.of());
    }
}
