package dev.tradebook.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.local.LocalStack;

/** Reads a topic from its start, as an auditor would: which events were published for which customers. */
final class EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Published(String key, String id, String type) {
    }

    private EventLog() {
    }

    /** Every record for the given keys that is on the topic within the time given. */
    static List<Published> read(LocalStack stack, String topic, Collection<String> keys, Duration within) {
        List<Published> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        found.add(parse(record));
                    }
                }
            }
        }
        return found;
    }

    private static Published parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = JSON.readTree(record.value());
            return new Published(record.key(), event.get("id").asText(), event.get("type").asText());
        } catch (IOException e) {
            throw new IllegalStateException("not a CloudEvent on " + record.topic() + ": " + record.value(), e);
        }
    }
}
