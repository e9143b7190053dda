package dev.tradebook.system.report;

import java.util.List;
import java.util.Locale;

import dev.tradebook.system.report.FaultRuns.FaultRun;

/** The proof report as Markdown: the verdict first, then the machine, its baselines, the mixed load, the faults. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static String markdown(Proof proof) {
        StringBuilder text = new StringBuilder("# Tradebook under load and faults: the proof report\n\n");
        ReportOptions options = proof.options();
        text.append(format("Written by `system-tests/write-report --rate %s --seconds %d --warmup-seconds %d` on a fresh "
                + "whole stack (PostgreSQL, Kafka, Keycloak and the four services as processes on this machine, ports "
                + "shifted by %d), %s, commit `%s`. Regenerate it with the same command.%n%n", number(options.rate()),
                options.seconds(), options.warmupSeconds(), options.portShift(), proof.machine().facts().get("date (UTC)"),
                proof.machine().facts().get("git commit")));
        verdict(text, proof);
        machine(text, proof.machine());
        baselines(text, proof.baselines());
        mixed(text, proof);
        faults(text, proof.faultRuns());
        return text.toString();
    }

    private static void verdict(StringBuilder text, Proof proof) {
        long faultsPassed = proof.faultRuns().stream().filter(run -> run.value("outcome").equals("passed")).count();
        text.append("## Verdict\n\n| check | result |\n|---|---|\n");
        text.append(format("| mixed load at %s/s for %d s: unexpected answers; probe invoices never shown, refused; "
                + "hold lags never seen, hold probes refused | %d; %d, %d; %d, %d: %s |%n",
                number(proof.options().rate()), proof.options().seconds(), proof.mixed().unexpected(),
                proof.mixed().lagUnseen(), proof.mixed().lagRefused(), proof.mixed().holdUnseen(),
                proof.mixed().holdRefused(), proof.mixedPassed() ? "passed" : "FAILED"));
        text.append(format("| invariant checker after the load | %d violation(s)%s: %s |%n",
                proof.invariants().violations().size(), proof.invariants().lag().map(lag -> ", not drained").orElse(""),
                proof.invariants().passed() ? "passed" : "FAILED"));
        text.append(proof.faultRuns().isEmpty() ? "| fault runs | no results yet |\n"
                : format("| fault runs | %d of %d passed |%n", faultsPassed, proof.faultRuns().size()));
        text.append('\n');
    }

    private static void machine(StringBuilder text, MachineFacts machine) {
        text.append("## The machine\n\n| | |\n|---|---|\n");
        machine.facts().forEach((name, value) -> text.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        text.append('\n');
    }

    private static void baselines(StringBuilder text, Baselines baselines) {
        text.append("## Baselines on this machine\n\n");
        text.append("What the parts do alone, the ceiling the whole system is measured against.\n\n");
        baselines.fsync().ifPresent(fsync -> {
            text.append(format("**Disk sync** (`pg_test_fsync -s %d`, a file in the stack's PostgreSQL data directory):%n%n",
                    fsync.secondsPerTest()));
            text.append("| writes | method | ops/s | µs/op |\n|---|---|---:|---:|\n");
            fsync.lines().forEach(line -> text.append(format("| %s | %s | %.1f | %d |%n", line.writes(), line.method(),
                    line.opsPerSecond(), line.microsPerOp())));
            text.append('\n');
        });
        baselines.pgbench().ifPresent(pgbench -> text.append(format("**PostgreSQL alone on the SQL of one sales order** "
                + "(`pgbench -M prepared -c %d -T %d -f transaction-service/bench/order.pgbench` on the stack's transaction "
                + "database, %d customers registered over the API): %.1f orders/s, average latency %.2f ms, "
                + "%d transactions, %d failed.%n%n", pgbench.clients(), pgbench.seconds(), pgbench.customers(), pgbench.tps(),
                pgbench.latencyMillis(), pgbench.transactions(), pgbench.failed())));
        baselines.producer().ifPresent(producer -> text.append(format("**Kafka alone** (`ProducerPerformance`, "
                + "`acks=all`, records of %d B, as fast as it goes, to a 6-partition topic of the stack's broker): %d records "
                + "sent, %d not sent, %.1f records/s, %.2f MB/s, latency average %.1f ms, p99 %.0f ms, max %.0f ms.%n%n",
                producer.recordBytes(), producer.records(), producer.failedRecords(), producer.recordsPerSecond(),
                producer.megabytesPerSecond(), producer.averageMillis(), producer.p99Millis(), producer.maxMillis())));
        baselines.notMeasured().forEach((name, reason) -> text.append(format("**%s**: not measured (%s).%n%n", name, reason)));
    }

    private static void mixed(StringBuilder text, Proof proof) {
        ReportOptions options = proof.options();
        text.append(format("## Mixed load: %s requests/s for %d s (after %d s of warm-up)%n%n", number(options.rate()),
                options.seconds(), options.warmupSeconds()));
        text.append("Customer registrations, credit-checked orders, invoices, payments, portal reads and integrator "
                + "batches at a constant rate (latency from each request's due time); the lag of a probe invoice to the "
                + "ledger's and the customer master's balance, once a second. The load driver's tables:\n\n");
        text.append(proof.mixed().markdown().strip()).append("\n\n");
        text.append("![answers, latency and event lag per second](").append(Proof.MIXED_CHART).append(")\n\n");
        text.append("Invariant checker on the stack afterwards:\n\n```\n").append(proof.invariants().report())
                .append("\n```\n\n");
    }

    private static void faults(StringBuilder text, List<FaultRun> runs) {
        text.append("## Fault runs\n\n");
        if (runs.isEmpty()) {
            text.append("No results yet in the fault runs' directory (FaultRunIT writes them; the full run's are kept in "
                    + "`docs/proof/fault-runs/`).\n");
            return;
        }
        text.append("Each under the mixed load, followed by the invariant checker; pass = every answer as a working system "
                + "gives it, every acknowledged write readable, lag back within 60 s, no violation.\n\n");
        text.append("| fault | settings | outcome | answered/s | p99 ms | lag p99 ms | retries |\n"
                + "|---|---|---|---:|---:|---|---:|\n");
        for (FaultRun run : runs) {
            String outcome = run.value("failure").isBlank() ? run.value("outcome")
                    : run.value("outcome") + ": " + run.value("failure");
            text.append(format("| %s | %s | %s | %s | %s | %s | %s |%n", run.value("fault").isBlank() ? run.name()
                    : run.value("fault"), run.settings(), outcome, run.value("achieved"), run.value("p99_ms"), run.lagP99(),
                    run.value("retries")));
        }
        text.append('\n');
        for (FaultRun run : runs) {
            if (run.timeline().isPresent()) {
                text.append("### ").append(run.name()).append("\n\n![").append(run.value("fault")).append("](")
                        .append(Proof.faultChart(run)).append(")\n\n");
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
