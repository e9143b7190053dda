package dev.tradebook.platform.runtime.inbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

import dev.tradebook.platform.events.CloudEvent;

/** Remembers which events this service applied, in the transaction of their effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Inbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * True the first time an event id is seen; false for a redelivery. A concurrent delivery of the
     * same id waits on the key until the first transaction ends, then sees it.
     */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent<?> event) {
        return entityManager.createNativeQuery("""
                insert into inbox_event (event_id, type, source, subject, received_at)
                values (:id, :type, :source, :subject, :receivedAt)
                on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .setParameter("subject", event.subject())
                .setParameter("receivedAt", clock.instant())
                .executeUpdate() == 1;
    }

    /**
     * The ids among {@code events} seen for the first time, recorded in one statement; the others are
     * redeliveries. An id twice in the list counts once (the first time).
     */
    @Transactional(TxType.MANDATORY)
    public Set<String> firstDeliveries(List<CloudEvent<?>> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (event_id, type, source, subject, received_at)
                    select id, type, source, subject, ? from unnest(?, ?, ?, ?) as event (id, type, source, subject)
                    on conflict (event_id) do nothing
                    returning event_id""")) {
                insert.setTimestamp(1, now);
                insert.setArray(2, texts(connection, events.stream().map(CloudEvent::id).toList()));
                insert.setArray(3, texts(connection, events.stream().map(CloudEvent::type).toList()));
                insert.setArray(4, texts(connection, events.stream().map(CloudEvent::source).toList()));
                insert.setArray(5, texts(connection, events.stream().map(CloudEvent::subject).toList()));
                Set<String> first = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getString(1));
                    }
                }
                return first;
            }
        });
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
