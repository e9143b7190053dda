package dev.tradebook.platform.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. The subject is the customer code, which is
 * also the Kafka key, so that all events of one customer stay in order.
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    public static <T> CloudEvent<T> of(String id, String source, EventType<T> type, String subject, Instant time, T data) {
        return new CloudEvent<>(SPEC_VERSION, id, source, type.name(), subject, time, JSON, data);
    }
}
