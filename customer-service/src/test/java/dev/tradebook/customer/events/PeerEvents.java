package dev.tradebook.customer.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;

import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventType;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.testing.TestTopics;

/** Plays transaction-service and ledger-service in the tests: publishes their events, keyed by customer code. */
@ApplicationScoped
class PeerEvents {

    private final EventCodec codec;
    private final EntityManager entityManager;
    private final CustomerService customers;

    PeerEvents(EventCodec codec, EntityManager entityManager, CustomerService customers) {
        this.codec = codec;
        this.entityManager = entityManager;
        this.customers = customers;
    }

    <T> CloudEvent<T> event(EventType<T> type, String customer, T data) {
        String source = type.topic().equals("sales.events") ? "/transaction-service" : "/ledger-service";
        return CloudEvent.of(UUID.randomUUID().toString(), source, type, customer, Instant.now(), data);
    }

    /** Publishes the event on its topic and answers the record sent, for a test that redelivers it. */
    String publish(CloudEvent<?> event) {
        String record = codec.encode(event);
        publishRecord(event, record);
        return record;
    }

    void publishRecord(CloudEvent<?> event, String record) {
        TestTopics.send(event.source().equals("/transaction-service") ? "sales.events" : "ledger.events",
                event.subject(), record);
    }

    /** True once the consumer has applied (or skipped as unknown to it) the event of this id. */
    @ActivateRequestContext
    boolean applied(String eventId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1;
    }

    @ActivateRequestContext
    boolean hasTransactions(String code) {
        return customers.get(code).hasTransactions();
    }
}
