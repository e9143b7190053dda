package dev.tradebook.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/** A step's answers second by second: where a latency percentile comes from, e.g. a stall of a few seconds. */
final class Timeline {

    record Second(int second, long answers, double p50Millis, double p99Millis, double maxMillis) {
    }

    private final List<Second> seconds = new ArrayList<>();

    void add(Histogram interval) {
        seconds.add(new Second(seconds.size() + 1, interval.getTotalCount(),
                interval.getValueAtPercentile(50) / 1000d, interval.getValueAtPercentile(99) / 1000d,
                interval.getMaxValue() / 1000d));
    }

    List<Second> seconds() {
        return List.copyOf(seconds);
    }

    String csv() {
        StringBuilder csv = new StringBuilder("second,answers,p50_ms,p99_ms,max_ms\n");
        for (Second s : seconds) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.1f,%.1f,%.1f%n", s.second(), s.answers(), s.p50Millis(),
                    s.p99Millis(), s.maxMillis()));
        }
        return csv.toString();
    }
}
