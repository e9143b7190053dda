package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultRunsTest {

    @TempDir
    Path directory;

    @Test
    void readsEachFaultsSummaryAndTimeline() throws IOException {
        fault("broker-pause", """
                fault=the Kafka broker paused (SIGSTOP) for 30 s, then resumed
                rate=40
                seconds=300
                pause_seconds=30
                fault_at_second=10
                outcome=passed
                achieved=39.8
                p99_ms=812.0
                retries=17
                lag_ledger_balance_p99_ms=31000
                lag_customer_balance_p99_ms=31200
                """);

        List<FaultRuns.FaultRun> runs = FaultRuns.read(directory);

        assertThat(runs).hasSize(1);
        FaultRuns.FaultRun run = runs.get(0);
        assertThat(run.name()).isEqualTo("broker-pause");
        assertThat(run.value("outcome")).isEqualTo("passed");
        assertThat(run.faultSecond()).hasValue(10);
        assertThat(run.settings()).isEqualTo("40/s for 300 s, fault at 10 s, pause 30 s");
        assertThat(run.lagP99()).isEqualTo("customer balance 31200, ledger balance 31000");
        assertThat(run.timeline()).hasValueSatisfying(timeline -> assertThat(timeline.column("answers")).containsExactly(40));
    }

    @Test
    void readsWhatFaultRunItWrites() throws IOException, URISyntaxException {
        Path written = Path.of(FaultRunsTest.class.getResource("/report/fault-runs").toURI());

        FaultRuns.FaultRun run = FaultRuns.read(written).get(0);

        assertThat(run.value("fault")).isEqualTo("the Kafka broker paused (SIGSTOP) for 10 s, then resumed (SIGCONT)");
        assertThat(run.settings()).isEqualTo("10/s for 40 s, fault at 10 s, pause 10 s");
        assertThat(run.lagP99()).contains("ledger balance 13895", "customer balance 14463", "hold on customer 14559");
        assertThat(run.timeline()).hasValueSatisfying(timeline -> assertThat(timeline.lagColumns())
                .contains("ledger_lag_ms", "customer_lag_ms", "hold_customer_lag_ms", "release_transactions_lag_ms"));
    }

    @Test
    void listsTheFaultsByName() throws IOException {
        fault("postgres-restart", "outcome=passed\n");
        fault("broker-kill", "outcome=failed\nfailure=lag not back within 60 s\n");

        assertThat(FaultRuns.read(directory)).extracting(FaultRuns.FaultRun::name)
                .containsExactly("broker-kill", "postgres-restart");
    }

    @Test
    void findsNoneWhereThereIsNoDirectory() throws IOException {
        assertThat(FaultRuns.read(directory.resolve("missing"))).isEmpty();
    }

    private void fault(String name, String summary) throws IOException {
        Path fault = Files.createDirectories(directory.resolve(name));
        Files.writeString(fault.resolve("summary.properties"), summary);
        Files.writeString(fault.resolve("timeline.csv"), "second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms\n"
                + "1,40,5.0,20.0,25.0,150,160\n");
    }
}
