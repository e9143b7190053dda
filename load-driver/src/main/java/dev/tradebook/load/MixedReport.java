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
    private final HoldProbe hold;
    private final String creditControl;
    private final long retries;
    private final List<String> failures;

    /** {@code creditControl}: what the run did to the company's credit control, empty without hold probes. */
    MixedReport(StepResult run, LagProbe lag, HoldProbe hold, String creditControl, long retries, List<String> failures) {
        this.run = run;
        this.lag = lag;
        this.hold = hold;
        this.creditControl = creditControl;
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
                lag.invoices(), lag.watch().unseen(), lag.watch().giveUpMillis() / 1000, lag.failed()));
        lagTable(text, new TreeMap<>(lag.watch().lags()));
        if (!creditControl.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nEvent lag, invoice over the limit answered → hold shown, its payment"
                    + " answered → release shown (%d hold cycles, %d never shown within %d s, %d documents refused). %s%n%n",
                    hold.cycles(), hold.watch().unseen(), hold.watch().giveUpMillis() / 1000, hold.refused(), creditControl));
            lagTable(text, hold.watch().lags());
        }
        if (!failures.isEmpty()) {
            text.append("\nFirst answers outside 2xx (warm-up included):\n\n");
            failures.forEach(failure -> text.append("- ").append(failure).append('\n'));
        }
        return text.toString();
    }

    String summary() {
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "target_rate=%.1f%nachieved=%.1f%nunexpected=%d%nretries=%d%np99_ms=%.1f%nlag_unseen=%d%nlag_refused=%d%n",
                run.targetRate(), run.achievedRate(), run.errors(), retries, millis(run.latencyMicros(), 99),
                lag.watch().unseen(), lag.failed()));
        lagLines(summary, lag.watch().lags());
        summary.append(String.format(Locale.ROOT, "hold_cycles=%d%nhold_unseen=%d%nhold_refused=%d%n", hold.cycles(),
                hold.watch().unseen(), hold.refused()));
        if (!creditControl.isEmpty()) {
            lagLines(summary, hold.watch().lags());
        }
        return summary.toString();
    }

    /**
     * Second by second: the answers and their latency, and the largest lag seen in that second at each place. The
     * hold lags come last, after the columns that were there before them.
     */
    String timelineCsv() {
        StringBuilder csv = new StringBuilder("second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms,"
                + "hold_customer_lag_ms,hold_transactions_lag_ms,release_customer_lag_ms,release_transactions_lag_ms\n");
        for (Timeline.Second second : run.timeline().seconds()) {
            int s = second.second();
            csv.append(String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%.1f,%s,%s,%s,%s,%s,%s%n", s, second.answers(),
                    second.p50Millis(), second.p99Millis(), second.maxMillis(),
                    lag.watch().maxLagIn(s, LagProbe.LEDGER), lag.watch().maxLagIn(s, LagProbe.CUSTOMER),
                    hold.watch().maxLagIn(s, HoldProbe.HOLD_ON_CUSTOMER), hold.watch().maxLagIn(s, HoldProbe.HOLD_IN_TRANSACTIONS),
                    hold.watch().maxLagIn(s, HoldProbe.RELEASE_ON_CUSTOMER),
                    hold.watch().maxLagIn(s, HoldProbe.RELEASE_IN_TRANSACTIONS)));
        }
        return csv.toString();
    }

    private static void lagTable(StringBuilder text, Map<String, Histogram> lags) {
        text.append("| where | samples | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        lags.forEach((where, histogram) -> text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", where,
                histogram.getTotalCount(), histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
                histogram.getMaxValue())));
    }

    private static void lagLines(StringBuilder summary, Map<String, Histogram> lags) {
        lags.forEach((where, histogram) -> summary.append(String.format(Locale.ROOT, "lag_%s_p99_ms=%d%n",
                where.replace(' ', '_'), histogram.getValueAtPercentile(99))));
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000d;
    }
}
