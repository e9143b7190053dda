package dev.tradebook.platform.runtime.inbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

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
}
