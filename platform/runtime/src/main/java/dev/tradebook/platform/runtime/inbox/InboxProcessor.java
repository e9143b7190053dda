package dev.tradebook.platform.runtime.inbox;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.runtime.events.MalformedEventException;
import dev.tradebook.platform.runtime.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * The read side of every consumer: decode, then in one transaction skip a redelivered event or apply
 * it and record its id. A transient failure (database away, lock timeout) is retried with backoff
 * before the record goes to the dead-letter topic; a malformed record, or one a business rule
 * refuses, goes there at once, since retrying cannot change the answer.
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

    private final EventCodec codec;
    private final Inbox inbox;
    private final Counter applied;
    private final Counter duplicates;

    public InboxProcessor(EventCodec codec, Inbox inbox, MeterRegistry registry) {
        this.codec = codec;
        this.inbox = inbox;
        this.applied = registry.counter("inbox.applied");
        this.duplicates = registry.counter("inbox.duplicates");
    }

    @Retry(maxRetries = 10, delay = 200, maxDuration = 10, durationUnit = ChronoUnit.MINUTES,
            abortOn = {MalformedEventException.class, ProblemException.class})
    @ExponentialBackoff(maxDelay = 30_000)
    public void process(String record, EventHandler handler) {
        codec.decode(record).ifPresent(event -> QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(event)) {
                handler.apply(event);
                applied.increment();
            } else {
                duplicates.increment();
                LOG.debugf("Skipped redelivered event %s (%s)", event.id(), event.type());
            }
        }));
    }
}
