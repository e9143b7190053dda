package dev.tradebook.load;

import java.util.Map;

import org.HdrHistogram.Histogram;

/** What one step at a target rate achieved; latencies are recorded in microseconds, overall and per operation. */
record StepResult(double targetRate, long ok, long errors, double elapsedSeconds, Histogram latencyMicros,
        Timeline timeline, Map<String, Histogram> operations) {

    static final double MAX_ERROR_RATIO = 0.01;
    static final double MIN_ACHIEVED_RATIO = 0.95;

    /** Successful responses per second, counted until the last response of the step arrived. */
    double achievedRate() {
        return elapsedSeconds > 0 ? ok / elapsedSeconds : 0;
    }

    double errorRatio() {
        long all = ok + errors;
        return all == 0 ? 0 : (double) errors / all;
    }

    /** Kept up: under 1% errors and at least 95% of the target rate served. */
    boolean sustained() {
        return errorRatio() < MAX_ERROR_RATIO && achievedRate() >= MIN_ACHIEVED_RATIO * targetRate;
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000d;
    }
}
