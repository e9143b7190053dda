package dev.tradebook.platform.runtime.outbox;

import java.time.Instant;
import java.util.UUID;

import dev.tradebook.platform.events.CloudEvent;

/** The values of one outbox_event row (its columns: id, aggregatetype, aggregateid, type, payload, created_at). */
public record OutboxEntry<T>(CloudEvent<T> event, UUID id, String topic, String key, String type, String payload,
        Instant createdAt) {
}
