package dev.tradebook.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the gateway calls each service (GATEWAY_SERVICE_CALLS_RETRY_MAX_RETRIES, …): a failed attempt that is
 * safe to repeat is repeated, and each service has one circuit breaker that, once the service
 * keeps failing, answers 503 at once instead of letting portal users wait.
 */
@ConfigMapping(prefix = "gateway.service-calls")
public interface ServiceCallSettings {

    Retry retry();

    Breaker breaker();

    interface Retry {

        /** Repeats after the first attempt; only for reads and for posts carrying an Idempotency-Key. */
        @WithDefault("2")
        int maxRetries();

        @WithDefault("200ms")
        Duration delay();
    }

    interface Breaker {

        /** The breaker judges the last this many calls of a service… */
        @WithDefault("20")
        int requestVolume();

        /** …and opens when at least this share of them failed. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long it stays open before letting a trial call through; also the 503's Retry-After. */
        @WithDefault("30s")
        Duration delay();
    }
}
