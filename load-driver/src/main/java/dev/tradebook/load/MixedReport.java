package dev.tradebook.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/** The mixed run as Markdown tables, a per-second CSV for charts, and {@code key=value} lines for scripts. */
final class MixedReport {

    private final StepResult run;
    private final LagProbe lag;
    private final long retries;
    private final List<String> failures;

    MixedReport(StepResult run, LagProbe lag, long retries, List<String> failures) {
        this.run = run;
        this.lag = lag;
        this.retries = retries;
        this.failures = failures;
    }

    String markdown() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Target %.1f requests/s for %.0f s: %.1f/s answered as expected, %d unexpected answers, %d retries.%n%n",
                run.targetRate(), run.elapsedSeconds(), run.achievedRate(), run.errors(), retries));
        text.append("| operation | requests | p50 ms | p99 ms | p99.9 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        Map<String, Histogram> rows = new TreeMap<>(run.operations());
        rows.put("(all)", run.latencyMicros());
        rows.forEach((name, histogram) -> text.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                name, histogram.getTotalCount(), millis(histogram, 50), millis(histogram, 99), millis(histogram, 99.9),
                histogram.getMaxValue() / 1000d)));
        text.append(String.format(Locale.ROOT,
                "%nEvent lag, invoice answered → balance shown (%d probe invoices, %d never shown within %d s, %d refused):%n%n",
                lag.invoices(), lag.unseen(), LagProbe.GIVE_UP_MILLIS / 1000, lag.failed()));
        text.append("| where | samples | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        new TreeMap<>(lag.lags()).forEach((where, histogram) -> text.append(String.format(Locale.ROOT,
                "| %s | %d | %d | %d | %d |%n", where, histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(99), histogram.getMaxValue())));
        if (!failures.isEmpty()) {
            text.append("\nFirst answers outside 2xx (warm-up included):\n\n");
            failures.forEach(failure -> text.append("- ").append(failure).append('\n'));
        }
        return text.toString();
    }

    String summary() {
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "target_rate=%.1f%nachieved=%.1f%nunexpected=%d%nretries=%d%np99_ms=%.1f%nlag_unseen=%d%nlag_refused=%d%n",
                run.targetRate(), run.achievedRate(), run.errors(), retries, millis(run.latencyMicros(), 99), lag.unseen(),
                lag.failed()));
        lag.lags().forEach((where, histogram) -> summary.append(String.format(Locale.ROOT, "lag_%s_p99_ms=%d%n",
                where.replace(' ', '_'), histogram.getValueAtPercentile(99))));
        return summary.toString();
    }

    /** Second by second: the answers and their latency, and the largest lag seen in that second at each place. */
    String timelineCsv() {
        StringBuilder csv = new StringBuilder("second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms\n");
        List<Timeline.Second> seconds = run.timeline().seconds();
        for (Timeline.Second second : seconds) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%.1f,%s,%s%n", second.second(), second.answers(),
                    second.p50Millis(), second.p99Millis(), second.maxMillis(), maxLag(second.second(), "ledger balance"),
                    maxLag(second.second(), "customer balance")));
        }
        return csv.toString();
    }

    private String maxLag(int second, String where) {
        return lag.samples().stream().filter(sample -> sample.where().equals(where))
                .filter(sample -> (int) Math.ceil(sample.atSecond()) == second)
                .mapToLong(LagProbe.Sample::lagMillis).max().stream().mapToObj(Long::toString).findFirst().orElse("");
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000d;
    }
}
