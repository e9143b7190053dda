package dev.tradebook.platform.runtime.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every service reads time from: UTC. Tests replace it with
 * {@code QuarkusMock.installMockForType(Clock.fixed(...), Clock.class)}.
 */
public class UtcClock {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
