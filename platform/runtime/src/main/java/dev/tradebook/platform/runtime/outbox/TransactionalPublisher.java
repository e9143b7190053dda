package dev.tradebook.platform.runtime.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a relay pass's records in one Kafka transaction, so that a reader of committed records sees all of them
 * or none. Without it, a record that failed (the broker just back, its metadata not yet there) could be followed
 * by a later record of the same customer that went through: the retry then put the earlier one after it, and
 * consumers applied the customer's events out of order.
 *
 * <p>The transactional id is the same for every producer of one service instance, so a producer made after a
 * failure — or by the instance restarted after a crash — fences its predecessor and aborts what it left open,
 * instead of readers waiting for that transaction's timeout.
 */
final class TransactionalPublisher implements AutoCloseable {

    private final Map<String, Object> config;
    private KafkaProducer<String, String> producer;

    /** {@code config}: a producer's settings, its {@code transactional.id} among them. */
    TransactionalPublisher(Map<String, Object> config) {
        this.config = Map.copyOf(config);
    }

    /** Sends the records in one transaction and commits it; on any failure nothing of them is committed. */
    void publish(List<ProducerRecord<String, String>> records) {
        if (records.isEmpty()) {
            return;
        }
        KafkaProducer<String, String> current = producer();
        try {
            current.beginTransaction();
            records.forEach(current::send);
            current.commitTransaction();
        } catch (RuntimeException e) {
            abandon(current);
            throw e;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> created = new KafkaProducer<>(config, new StringSerializer(),
                    new StringSerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    /**
     * A failed transaction is not repaired in place (an abort may itself time out while the broker is away): the
     * producer is dropped, and the next one, under the same transactional id, aborts what this one left open.
     */
    private void abandon(KafkaProducer<String, String> failed) {
        producer = null;
        failed.close(Duration.ZERO);
    }
}
