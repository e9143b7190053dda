package dev.tradebook.system.invariants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Waits until the event streams are drained: no outbox row unsent and every inbox's count unchanged for a few
 * seconds (long enough for a relay poll and a consumer's next poll), at most a given time.
 */
public final class Catchup {

    private static final Duration STABLE_FOR = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(500);

    private Catchup() {
    }

    /** Empty once drained; otherwise the lag seen last: unsent outbox rows and inbox counts per database. */
    public static Optional<String> await(Databases databases, Duration atMost) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        Map<String, Counts> previous = Map.of();
        Instant stableSince = Instant.now();
        while (true) {
            Map<String, Counts> counts = counts(databases);
            boolean unsent = counts.values().stream().anyMatch(count -> count.unsent() > 0);
            if (unsent || !counts.equals(previous)) {
                stableSince = Instant.now();
            } else if (!Instant.now().isBefore(stableSince.plus(STABLE_FOR))) {
                return Optional.empty();
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.of("not drained after " + atMost + ": " + counts);
            }
            previous = counts;
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Per database: outbox rows not yet sent, inbox rows. */
    record Counts(long unsent, long applied) {
        @Override
        public String toString() {
            return unsent + " unsent, " + applied + " applied";
        }
    }

    private static Map<String, Counts> counts(Databases databases) throws SQLException {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (String database : Databases.NAMES) {
            try (Connection connection = databases.connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select (select count(*) from outbox_event where sent_at is null),"
                            + " (select count(*) from inbox_event)")) {
                row.next();
                counts.put(database, new Counts(row.getLong(1), row.getLong(2)));
            }
        }
        return counts;
    }
}
