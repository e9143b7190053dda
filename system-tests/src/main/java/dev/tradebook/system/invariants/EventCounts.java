package dev.tradebook.system.invariants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the event streams are, from counts only (cheap however long the outboxes are): per database its unsent
 * outbox rows; per topic and producer (the CloudEvent source) the events published; per consuming database and
 * producer the events applied.
 */
public record EventCounts(Map<String, Long> unsent, Map<String, Map<String, Long>> publishedByTopic,
        Map<String, Map<String, Long>> appliedByConsumer) {

    static EventCounts read(Databases databases) throws SQLException {
        Map<String, Long> unsent = new TreeMap<>();
        Map<String, Map<String, Long>> published = new TreeMap<>();
        Map<String, Map<String, Long>> applied = new TreeMap<>();
        for (String database : Databases.NAMES) {
            try (Connection connection = databases.connect(database); Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("select aggregatetype, payload->>'source', count(*),"
                        + " count(*) filter (where sent_at is null) from outbox_event group by 1, 2")) {
                    while (rows.next()) {
                        published.computeIfAbsent(rows.getString(1), topic -> new TreeMap<>())
                                .merge(rows.getString(2), rows.getLong(3), Long::sum);
                        unsent.merge(database, rows.getLong(4), Long::sum);
                    }
                }
                try (ResultSet rows = statement.executeQuery("select source, count(*) from inbox_event group by source")) {
                    while (rows.next()) {
                        applied.computeIfAbsent(database, consumer -> new TreeMap<>()).put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return new EventCounts(unsent, published, applied);
    }

    /** What is not drained yet, in words; empty when every consumer applied everything published for it. */
    public List<String> behind(Subscriptions subscriptions) {
        List<String> behind = new ArrayList<>();
        unsent.forEach((database, count) -> {
            if (count > 0) {
                behind.add(database + " has " + count + " unsent outbox rows");
            }
        });
        publishedByTopic.forEach((topic, bySource) -> {
            for (String consumer : subscriptions.consumersOf(topic)) {
                bySource.forEach((source, count) -> {
                    long done = appliedByConsumer.getOrDefault(consumer, Map.of()).getOrDefault(source, 0L);
                    if (done < count) {
                        behind.add(consumer + " applied " + done + " of " + count + " " + topic + " events from " + source);
                    }
                });
            }
        });
        return behind;
    }
}
