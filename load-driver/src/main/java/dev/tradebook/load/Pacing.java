package dev.tradebook.load;

/**
 * When each request of a constant-rate step is due. Latency is measured from this scheduled time, not
 * from when the request actually left, so a server that stalls the sender still pays for the wait
 * (no coordinated omission).
 */
record Pacing(double ratePerSecond, long startNanos) {

    Pacing {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
    }

    long dueNanos(long index) {
        return startNanos + Math.round(index * 1_000_000_000d / ratePerSecond);
    }

    long requests(double seconds) {
        return Math.max(1, Math.round(ratePerSecond * seconds));
    }
}
