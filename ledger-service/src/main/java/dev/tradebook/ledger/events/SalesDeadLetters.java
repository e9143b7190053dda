package dev.tradebook.ledger.events;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Parks a sales record that can never be applied on dead-letter-topic-sales-events, with the key and the
 * dead-letter headers the connector's own dead-letter queue writes. The batch consumer parks records itself,
 * since the connector can only park a whole batch.
 */
@ApplicationScoped
public class SalesDeadLetters {

    private static final Logger LOG = Logger.getLogger(SalesDeadLetters.class);

    private final Emitter<String> emitter;

    public SalesDeadLetters(@Channel("sales-dead-letters") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Returns once the broker has the record, so that its offset is committed only after it is parked. */
    public void park(ConsumerRecord<String, String> record, Throwable cause) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        header(headers, "dead-letter-reason", String.valueOf(cause.getMessage()));
        header(headers, "dead-letter-cause", cause.getClass().getName());
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        LOG.errorf("Parked %s-%d@%d on the dead-letter topic: %s", record.topic(), record.partition(), record.offset(),
                cause.getMessage());
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        emitter.send(Message.of(record.value(),
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        acknowledged.join();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
