package dev.tradebook.platform.runtime.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventType;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.runtime.persistence.JdbcTransactions;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and then surely: the relay publishes it, keyed by the customer code.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_RELAY = new Object();

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final Clock clock;
    private final OutboxRelay relay;
    private final JdbcTransactions transactions;
    private final String source;

    public Outbox(EntityManager entityManager, EventCodec codec, Clock clock, OutboxRelay relay,
            JdbcTransactions transactions, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.clock = clock;
        this.relay = relay;
        this.transactions = transactions;
        this.source = "/" + application;
    }

    @Transactional(TxType.MANDATORY)
    public <T> CloudEvent<T> add(EventType<T> type, String customerCode, T data) {
        OutboxEntry<T> entry = entry(type, customerCode, data);
        entityManager.persist(OutboxEvent.of(entry));
        return entry.event();
    }

    /**
     * The row of the event for a caller that inserts it itself, in this transaction (JTA or plain JDBC), together
     * with its own rows (one statement instead of Hibernate's flush); the relay is woken after the commit as for
     * {@link #add}.
     */
    public <T> OutboxEntry<T> entry(EventType<T> type, String customerCode, T data) {
        CloudEvent<T> event = CloudEvent.of(UUID.randomUUID().toString(), source, type, customerCode, clock.instant(), data);
        transactions.afterCommit(WAKE_RELAY, relay::wake);
        return new OutboxEntry<>(event, UUID.fromString(event.id()), type.topic(), customerCode, type.name(),
                codec.encode(event), event.time());
    }
}
