package dev.tradebook.gateway.limits;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Allowances small enough to exhaust in a test, and long enough not to refill during one. */
public class SmallRateLimits implements QuarkusTestProfile {

    static final int PORTAL = 3;
    static final int INTEGRATIONS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.rate-limit.portal.requests", String.valueOf(PORTAL),
                "gateway.rate-limit.portal.per", "1h",
                "gateway.rate-limit.integrations.requests", String.valueOf(INTEGRATIONS),
                "gateway.rate-limit.integrations.per", "1h");
    }
}
