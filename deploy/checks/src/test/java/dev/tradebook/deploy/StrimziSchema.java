package dev.tradebook.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.Map;
import java.util.Optional;

/**
 * Validates Strimzi's custom resources offline against the classes their CRD schemas are generated from
 * (io.strimzi:api): field names, types, enumerations and the {@code type} of listeners and storage. The classes
 * keep unknown fields for round trips; here an unknown field is an error.
 */
final class StrimziSchema {

    static final String GROUP = "kafka.strimzi.io";

    private static final Map<String, Class<?>> KINDS = Map.of(
            "Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
            "KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            "KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class);

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return false;
                }
            });

    private StrimziSchema() {
    }

    static boolean isStrimzi(JsonNode object) {
        return object.path("apiVersion").asText().startsWith(GROUP + "/");
    }

    /** Nothing when the object is valid, else what is wrong with it. */
    static Optional<String> problem(JsonNode object) {
        String kind = object.path("kind").asText();
        Class<?> model = KINDS.get(kind);
        if (model == null || !object.path("apiVersion").asText().equals(GROUP + "/v1beta2")) {
            return Optional.of("no Strimzi schema for " + object.path("apiVersion").asText() + " " + kind);
        }
        try {
            STRICT.treeToValue(object, model);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(kind + " " + object.path("metadata").path("name").asText() + ": " + e.getOriginalMessage()
                    + " at " + e.getLocation());
        }
    }
}
