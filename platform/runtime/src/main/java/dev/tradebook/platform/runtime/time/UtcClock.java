package dev.tradebook.platform.runtime.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every service reads time from: UTC, ticking in microseconds because that is what
 * PostgreSQL stores, so a value read back equals the value written. Tests replace it with
 * {@code QuarkusMock.installMockForType(Clock.fixed(...), Clock.class)}.
 */
public class UtcClock {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
