package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dev.tradebook.load.MixedRun;
import dev.tradebook.system.InvariantCheck;
import dev.tradebook.system.invariants.Violation;

class ReportWriterTest {

    private static final ReportOptions OPTIONS = ReportOptions.parse("--repository", "/repo", "--rate", "100");
    private static final MachineFacts MACHINE = new MachineFacts(new LinkedHashMap<>(Map.of(
            "CPU", "AMD EPYC, 2 cores", "git commit", "0123abc", "date (UTC)", "2026-11-25T10:00:00Z")));
    private static final MixedRun MIXED = new MixedRun("| operation | requests |\n|---|---:|\n| order | 10500 |\n", "", "",
            30_000, 0, 300, 600, 0, 0, Map.of(), 60, 240, 0, 0);
    private static final InvariantCheck.Result CLEAN = new InvariantCheck.Result(Optional.empty(), List.of());
    private static final Baselines BASELINES = new Baselines(
            Optional.of(FsyncBaseline.parse(2, Resources.text("pg_test_fsync.txt"))),
            Optional.of(new PgbenchBaseline(4, 30, 200, 110_247, 0, 3674.4, 2.177, "")),
            Optional.of(new ProducerBaseline(300_000, 700, 61_234.5, 40.88, 412.3, 903, 1020, 0, "")), Map.of());

    @Test
    void showsTheMachineAndTheMixedLoadsTablesVerbatim() {
        String report = ReportWriter.markdown(new Proof(OPTIONS, MACHINE, MIXED, CLEAN, BASELINES, List.of()));

        assertThat(report).contains("| CPU | AMD EPYC, 2 cores |", "| order | 10500 |", "--rate 100 --seconds 300",
                "![answers, latency and event lag per second](mixed-load.png)", "0123abc");
    }

    @Test
    void showsTheBaselinesFigures() {
        String report = ReportWriter.markdown(new Proof(OPTIONS, MACHINE, MIXED, CLEAN, BASELINES, List.of()));

        assertThat(report).contains("| one 8kB write | fdatasync | 6123.4 | 163 |", "3674.4 orders/s", "2.18 ms",
                "300000 records sent, 0 not sent, 61234.5 records/s", "40.88 MB/s", "p99 903 ms");
    }

    @Test
    void saysWhyABaselineIsMissing() {
        Baselines none = new Baselines(Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of("pgbench", "pgbench: command not found"));

        assertThat(ReportWriter.markdown(new Proof(OPTIONS, MACHINE, MIXED, CLEAN, none, List.of())))
                .contains("**pgbench**: not measured (pgbench: command not found)");
    }

    @Test
    void passesTheMixedLoadAndTheCheckerWhenNothingWentWrong() {
        String report = ReportWriter.markdown(new Proof(OPTIONS, MACHINE, MIXED, CLEAN, BASELINES, List.of()));

        assertThat(report).contains("| 0; 0, 0; 0, 0: passed |", "| 0 violation(s): passed |", "| fault runs | no results yet |");
    }

    @Test
    void failsTheMixedLoadWhenAHoldLagWasNeverSeen() {
        MixedRun holdUnseen = new MixedRun("", "", "", 30_000, 0, 300, 600, 0, 0, Map.of(), 60, 239, 1, 0);

        assertThat(ReportWriter.markdown(new Proof(OPTIONS, MACHINE, holdUnseen, CLEAN, BASELINES, List.of())))
                .contains("| 0; 0, 0; 1, 0: FAILED |");
    }

    @Test
    void failsOnAViolationAndShowsIt() {
        InvariantCheck.Result broken = new InvariantCheck.Result(Optional.empty(),
                List.of(new Violation("journal balances", "debit 10.00 ≠ credit 9.00", "JE-7")));

        String report = ReportWriter.markdown(new Proof(OPTIONS, MACHINE, MIXED, broken, BASELINES, List.of()));

        assertThat(report).contains("| 1 violation(s): FAILED |",
                "VIOLATION journal balances: debit 10.00 ≠ credit 9.00 [JE-7]");
    }

    @Test
    void tablesTheFaultRunsAndLinksTheirCharts() {
        Properties summary = new Properties();
        summary.putAll(Map.of("fault", "kill -9 of ledger-service, then its restart", "rate", "40", "seconds", "300",
                "fault_at_second", "10", "outcome", "passed", "achieved", "39.9", "p99_ms", "640.0", "retries", "12",
                "lag_ledger_balance_p99_ms", "9100"));
        FaultRuns.FaultRun run = new FaultRuns.FaultRun("ledger-kill", summary,
                Optional.of(Timeline.parse("second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms\n")));

        String report = ReportWriter.markdown(new Proof(OPTIONS, MACHINE, MIXED, CLEAN, BASELINES, List.of(run)));

        assertThat(report).contains("| fault runs | 1 of 1 passed |",
                "| kill -9 of ledger-service, then its restart | 40/s for 300 s, fault at 10 s | passed | 39.9 | 640.0 "
                        + "| ledger balance 9100 | 12 |",
                "![kill -9 of ledger-service, then its restart](fault-ledger-kill.png)");
    }
}
