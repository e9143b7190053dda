package dev.tradebook.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.tradebook.local.LocalStack;

/**
 * Sends a consumer group back to the start of a topic, so that its service receives every event of it a second
 * time: what a botched offset reset or a restored broker backup does. The group must have no member running.
 */
final class TopicReplay {

    private TopicReplay() {
    }

    static void rewind(LocalStack stack, String group, String topic) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetAndMetadata> start = description.partitions().stream()
                    .collect(Collectors.toMap(partition -> new TopicPartition(topic, partition.partition()),
                            partition -> new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, start).all().get();
        }
    }

    /**
     * Whether the group has consumed the topic to its last record. The relays publish in Kafka transactions, whose
     * markers take offsets after the records, and a consumer commits the offset after its last record, not after
     * the marker: so the end is where a reader of committed records finds the last record, not the log's end.
     */
    static boolean caughtUp(LocalStack stack, String group, String topic) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()));
                KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return committed.entrySet().stream().filter(entry -> entry.getKey().topic().equals(topic))
                    .allMatch(entry -> entry.getValue().offset() >= afterLastRecord(reader, entry.getKey()));
        }
    }

    /** Reads the partition's tail, further back while it holds no record (only markers or aborted records). */
    private static long afterLastRecord(KafkaConsumer<String, String> reader, TopicPartition partition) {
        reader.assign(List.of(partition));
        long end = reader.endOffsets(List.of(partition)).get(partition);
        Instant deadline = Instant.now().plusSeconds(30);
        for (long back = 64; ; back *= 8) {
            long from = Math.max(0, end - back);
            reader.seek(partition, from);
            long last = -1;
            while (reader.position(partition) < end) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + partition + " up to " + end);
                }
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(200)).records(partition)) {
                    last = record.offset();
                }
            }
            if (last >= 0 || from == 0) {
                return last + 1;
            }
        }
    }
}
