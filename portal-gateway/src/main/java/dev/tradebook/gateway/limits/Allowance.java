package dev.tradebook.gateway.limits;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.MultivaluedMap;

import io.github.bucket4j.ConsumptionProbe;

/**
 * What is left of a caller's allowance, told in the RateLimit-Limit, -Remaining and -Reset headers (seconds
 * until the allowance is full again), so a well-behaved client can slow down before it is refused.
 */
record Allowance(int limit, ConsumptionProbe probe) {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    boolean granted() {
        return probe.isConsumed();
    }

    /** Whole seconds until one more request is allowed: never 0, which would invite an immediate retry. */
    long retryAfterSeconds() {
        return Math.max(1, seconds(probe.getNanosToWaitForRefill()));
    }

    void describeIn(MultivaluedMap<String, Object> headers) {
        headers.putSingle(LIMIT, limit);
        headers.putSingle(REMAINING, probe.getRemainingTokens());
        headers.putSingle(RESET, seconds(probe.getNanosToWaitForReset()));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
