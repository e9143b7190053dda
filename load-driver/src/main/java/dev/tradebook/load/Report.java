package dev.tradebook.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The steps as a Markdown table, and the figures a script picks up as {@code key=value} lines. */
final class Report {

    private Report() {
    }

    static String table(List<StepResult> steps) {
        StringBuilder table = new StringBuilder("""
                | target /s | achieved /s | ok | errors | p50 ms | p99 ms | p99.9 ms | max ms | kept up |
                |---:|---:|---:|---:|---:|---:|---:|---:|:---:|
                """);
        for (StepResult step : steps) {
            table.append(String.format(Locale.ROOT, "| %.0f | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |%n",
                    step.targetRate(), step.achievedRate(), step.ok(), step.errors(), step.percentileMillis(50),
                    step.percentileMillis(99), step.percentileMillis(99.9), step.latencyMicros().getMaxValue() / 1000d,
                    step.sustained() ? "yes" : "no"));
        }
        return table.toString();
    }

    static String summary(OptionalDouble saturation, Optional<StepResult> halfLoad) {
        StringBuilder summary = new StringBuilder();
        summary.append(String.format(Locale.ROOT, "saturation=%.1f%n", saturation.orElse(0)));
        halfLoad.ifPresent(half -> summary.append(String.format(Locale.ROOT,
                "half_rate=%.1f%nhalf_achieved=%.1f%nhalf_errors=%d%nhalf_p50_ms=%.1f%nhalf_p99_ms=%.1f%nhalf_p999_ms=%.1f%n",
                half.targetRate(), half.achievedRate(), half.errors(), half.percentileMillis(50),
                half.percentileMillis(99), half.percentileMillis(99.9))));
        return summary.toString();
    }
}
