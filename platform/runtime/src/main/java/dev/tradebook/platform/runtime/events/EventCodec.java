package dev.tradebook.platform.runtime.events;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventType;
import dev.tradebook.platform.events.EventTypes;

/**
 * Reads and writes CloudEvents in structured JSON mode. Unknown event types and unknown fields are
 * ignored (ARCHITECTURE.md: additive changes only), unlike API requests, which refuse unknown fields.
 */
@ApplicationScoped
public class EventCodec {

    private static final TypeReference<CloudEvent<JsonNode>> ENVELOPE = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper apiMapper) {
        this.mapper = apiMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String encode(CloudEvent<?> event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode event " + event.id(), e);
        }
    }

    /** The event with its typed data, or empty when this service does not know the type. */
    public Optional<CloudEvent<?>> decode(String json) {
        CloudEvent<JsonNode> envelope = readEnvelope(json);
        return EventTypes.byName(envelope.type()).map(type -> withData(envelope, type));
    }

    private CloudEvent<JsonNode> readEnvelope(String json) {
        try {
            return mapper.readValue(json, ENVELOPE);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("not a CloudEvent: " + abbreviate(json), e);
        }
    }

    private <T> CloudEvent<T> withData(CloudEvent<JsonNode> envelope, EventType<T> type) {
        try {
            T data = mapper.treeToValue(envelope.data(), type.dataClass());
            return new CloudEvent<>(envelope.specversion(), envelope.id(), envelope.source(), envelope.type(),
                    envelope.subject(), envelope.time(), envelope.datacontenttype(), data);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("data of " + type.name() + " event " + envelope.id() + " does not match", e);
        }
    }

    private static String abbreviate(String json) {
        return json == null || json.length() <= 200 ? String.valueOf(json) : json.substring(0, 200) + "...";
    }
}
