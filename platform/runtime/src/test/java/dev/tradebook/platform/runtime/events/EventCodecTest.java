package dev.tradebook.platform.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.runtime.json.JsonConventions;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(apiMapper());

    @Test
    void roundTripsATypedEvent() {
        CloudEvent<CustomerCreated> event = CloudEvent.of("e-1", "/customer-service", EventTypes.CUSTOMER_CREATED, "C1",
                Instant.parse("2026-11-24T10:00:00Z"),
                new CustomerCreated(new CustomerProfile("C1", "Acme", "INR", "ACTIVE", new BigDecimal("10.00"), List.of("DOM"), 0)));

        String json = codec.encode(event);

        assertThat(json).contains("\"creditLimit\":\"10.00\"").contains("\"time\":\"2026-11-24T10:00:00Z\"");
        assertThat(codec.decode(json)).contains(event);
    }

    @Test
    void ignoresUnknownTypes() {
        String json = """
                {"specversion":"1.0","id":"e-2","source":"/x","type":"customer.frobnicated.v1","subject":"C1",
                 "time":"2026-11-24T10:00:00Z","datacontenttype":"application/json","data":{}}""";

        assertThat(codec.decode(json)).isEmpty();
    }

    @Test
    void ignoresUnknownFieldsOfAKnownType() {
        String json = """
                {"specversion":"1.0","id":"e-3","source":"/x","type":"customer.created.v1","subject":"C1",
                 "time":"2026-11-24T10:00:00Z","datacontenttype":"application/json","traceparent":"00-1",
                 "data":{"customer":{"code":"C1","name":"A","currency":"INR","status":"ACTIVE","creditLimit":"0",
                 "debtorAccountGroups":["DOM"],"version":1,"loyaltyTier":"gold"}}}""";

        assertThat(codec.decode(json)).get().extracting(CloudEvent::data)
                .isInstanceOfSatisfying(CustomerCreated.class, created -> assertThat(created.customer().code()).isEqualTo("C1"));
    }

    @Test
    void refusesARecordThatIsNoCloudEvent() {
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"id\":\"x\"}")).isInstanceOf(MalformedEventException.class);
    }

    private static ObjectMapper apiMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonConventions().customize(mapper);
        return mapper;
    }
}
