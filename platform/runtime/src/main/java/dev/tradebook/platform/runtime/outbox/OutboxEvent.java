package dev.tradebook.platform.runtime.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting in the outbox, written in the transaction of the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    UUID id;

    @Column(insertable = false, updatable = false)
    Long seq;

    /** The topic; Debezium's router routes by this column. */
    @Column(name = "aggregatetype", nullable = false)
    String topic;

    /** The customer code: the Kafka key. */
    @Column(name = "aggregateid", nullable = false)
    String key;

    @Column(nullable = false)
    String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    String payload;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String topic, String key, String type, String payload, Instant createdAt) {
        this.id = id;
        this.topic = topic;
        this.key = key;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /** The row of {@code entry}, for a caller that writes it with its own rows (see {@link Outbox#entry}). */
    public static OutboxEvent of(OutboxEntry<?> entry) {
        return new OutboxEvent(entry.id(), entry.topic(), entry.key(), entry.type(), entry.payload(), entry.createdAt());
    }
}
