package dev.tradebook.system.invariants;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Waits until the event streams are drained: nothing unsent in any outbox, every consumer's inbox holding as many
 * events of each producer as that producer published on the topics the consumer reads, and no count moving
 * between two reads (so that an event written by a consumer while the counts were read is not missed).
 */
public final class Catchup {

    private static final Duration POLL = Duration.ofSeconds(1);

    private Catchup() {
    }

    /** Empty once drained; otherwise the lag seen last. */
    public static Optional<String> await(Databases databases, Subscriptions subscriptions, Duration atMost)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        EventCounts previous = null;
        while (true) {
            EventCounts counts = EventCounts.read(databases);
            List<String> behind = counts.behind(subscriptions);
            if (behind.isEmpty() && counts.equals(previous)) {
                return Optional.empty();
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.of("not drained after " + atMost + ": "
                        + (behind.isEmpty() ? "events still moving" : String.join("; ", behind)));
            }
            previous = counts;
            Thread.sleep(POLL.toMillis());
        }
    }
}
