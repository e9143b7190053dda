package dev.tradebook.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.testing.KafkaTestResource;
import dev.tradebook.platform.testing.TestTopics;

/** Plays customer-service in the tests: builds its events and publishes them on customer.events, keyed by code. */
@ApplicationScoped
public class CustomerMaster {

    public static final String SOURCE = "/customer-service";

    private final EventCodec codec;

    public CustomerMaster(EventCodec codec) {
        this.codec = codec;
    }

    /** A code no other test uses: the database is shared by every test of the module. */
    public static String newCustomerCode(String prefix) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
        return (prefix + "-" + suffix).toUpperCase();
    }

    public static CustomerProfile profile(String code, String currency, long version, List<String> groups) {
        return new CustomerProfile(code, "Customer " + code, currency, "ACTIVE", BigDecimal.ZERO, groups, version);
    }

    public CloudEvent<CustomerCreated> created(String code, String currency, String... groups) {
        return CloudEvent.of(UUID.randomUUID().toString(), SOURCE, EventTypes.CUSTOMER_CREATED, code, Instant.now(),
                new CustomerCreated(profile(code, currency, 0, List.of(groups))));
    }

    public CloudEvent<CustomerCreated> createdWithLimit(String code, String currency, String creditLimit) {
        return CloudEvent.of(UUID.randomUUID().toString(), SOURCE, EventTypes.CUSTOMER_CREATED, code, Instant.now(),
                new CustomerCreated(new CustomerProfile(code, "Customer " + code, currency, "ACTIVE",
                        new BigDecimal(creditLimit), List.of("DOM"), 0)));
    }

    public CloudEvent<CustomerCreditTermsChanged> creditTermsChanged(String code, String currency, String creditLimit,
            long version) {
        return CloudEvent.of(UUID.randomUUID().toString(), SOURCE, EventTypes.CUSTOMER_CREDIT_TERMS_CHANGED, code,
                Instant.now(), new CustomerCreditTermsChanged(code, currency, new BigDecimal(creditLimit), "STOP", "STOP",
                        "NET30", version));
    }

    public CloudEvent<CustomerUpdated> updated(String code, String currency, long version, String... groups) {
        return CloudEvent.of(UUID.randomUUID().toString(), SOURCE, EventTypes.CUSTOMER_UPDATED, code, Instant.now(),
                new CustomerUpdated(profile(code, currency, version, List.of(groups)), List.of("debtorAccountGroups")));
    }

    /** An event of a type this version of the contracts does not know. */
    public CloudEvent<Map<String, Object>> ofUnknownType(String code, String type) {
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), SOURCE, type, code, Instant.now(),
                CloudEvent.JSON, Map.of("customer", Map.of("code", code), "frobs", 3));
    }

    public String encode(CloudEvent<?> event) {
        return codec.encode(event);
    }

    public void publish(CloudEvent<?> event) {
        publishRecord(event.subject(), encode(event));
    }

    public void publishRecord(String key, String value) {
        TestTopics.send(Topics.CUSTOMER_EVENTS, key, value);
    }

    /** Publishes back to back through one producer, so the records sit together in the partition. */
    public void publishAll(List<? extends CloudEvent<?>> events) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            var acks = events.stream()
                    .map(event -> producer.send(new ProducerRecord<>(Topics.CUSTOMER_EVENTS, event.subject(), encode(event))))
                    .toList();
            for (var ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish customer events", e.getCause());
        }
    }
}
