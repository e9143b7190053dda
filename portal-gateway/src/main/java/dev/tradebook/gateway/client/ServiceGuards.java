package dev.tradebook.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.gateway.config.ServiceCallSettings;
import io.smallrye.faulttolerance.api.Guard;

/**
 * One guard per service, whichever client interface calls it: retries of the attempts marked repeatable, and
 * the service's single circuit breaker. A service's own 4xx answer (a {@link ServiceRefusal}) is an answer, not
 * a failure: it neither counts against the breaker nor is repeated. Each attempt's time is bounded by the REST
 * client's connect and read timeouts (a blocked call would not notice a guard's own timeout).
 */
@ApplicationScoped
public class ServiceGuards {

    private final ServiceCallSettings settings;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    public ServiceGuards(ServiceCallSettings settings) {
        this.settings = settings;
    }

    Guard of(String service) {
        return guards.computeIfAbsent(service, this::guard);
    }

    /** When a caller turned away with 503 may come back: once the breaker lets a trial call through. */
    long retryAfterSeconds() {
        return Math.max(1, settings.breaker().delay().toSeconds());
    }

    private Guard guard(String service) {
        return Guard.create()
                .withDescription(service)
                .withRetry()
                    .maxRetries(settings.retry().maxRetries())
                    .delay(settings.retry().delay().toMillis(), ChronoUnit.MILLIS)
                    .whenException(failure -> failure instanceof FailedAttempt attempt && attempt.repeatable())
                    .done()
                .withCircuitBreaker()
                    .name("service-calls:" + service)
                    .requestVolumeThreshold(settings.breaker().requestVolume())
                    .failureRatio(settings.breaker().failureRatio())
                    .delay(settings.breaker().delay().toMillis(), ChronoUnit.MILLIS)
                    // A predicate, not skipOn: skipOn would also look into the cause of a FailedAttempt.
                    .when(failure -> !(failure instanceof ServiceRefusal))
                    .done()
                .build();
    }
}
