package dev.tradebook.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests one caller may make to each API of the gateway (GATEWAY_RATE_LIMIT_PORTAL_REQUESTS, …).
 * A caller is an integrator's client, a portal user, or, without a token, an address.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitSettings {

    /** {@code /portal/**}: a portal page fans out to a few calls, so a user needs some headroom. */
    Limit portal();

    /** {@code /integrations/**}: a shop pushes batches, so few requests carry many orders. */
    Limit integrations();

    /** The callers remembered at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long callers();

    interface Limit {

        /** Requests allowed per period; the allowance refills gradually over the period. */
        int requests();

        Duration per();
    }
}
