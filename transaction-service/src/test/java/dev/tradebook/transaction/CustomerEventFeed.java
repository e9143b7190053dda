package dev.tradebook.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.testing.TestTopics;

/** Publishes customer events on the test broker as customer-service would: CloudEvents keyed by the customer code. */
@ApplicationScoped
public class CustomerEventFeed {

    private final EventCodec codec;

    public CustomerEventFeed(EventCodec codec) {
        this.codec = codec;
    }

    /** A fresh customer code, so that tests sharing the module's database never meet. */
    public static String newCustomerCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static CloudEvent<CustomerCreated> created(String code, String name, String currency, String limit, long version) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/customer-service", EventTypes.CUSTOMER_CREATED, code,
                Instant.now(), new CustomerCreated(profile(code, name, currency, limit, version)));
    }

    public static CloudEvent<CustomerUpdated> updated(String code, String name, String currency, String limit, long version) {
        return updated(new CustomerProfile(code, name, currency, "ACTIVE", new BigDecimal(limit), List.of("DOM"), version));
    }

    public static CloudEvent<CustomerUpdated> deactivated(String code, String name, String currency, String limit, long version) {
        return updated(new CustomerProfile(code, name, currency, "INACTIVE", new BigDecimal(limit), List.of("DOM"), version));
    }

    private static CloudEvent<CustomerUpdated> updated(CustomerProfile profile) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/customer-service", EventTypes.CUSTOMER_UPDATED, profile.code(),
                Instant.now(), new CustomerUpdated(profile, List.of("name", "status", "creditLimit")));
    }

    public void publish(CloudEvent<?> event) {
        publish(event.subject(), codec.encode(event));
    }

    /** Any record at all, for events this service does not know or cannot read. */
    public void publish(String key, String record) {
        TestTopics.send(Topics.CUSTOMER_EVENTS, key, record);
    }

    private static CustomerProfile profile(String code, String name, String currency, String limit, long version) {
        return new CustomerProfile(code, name, currency, "ACTIVE", new BigDecimal(limit), List.of("DOM"), version);
    }
}
