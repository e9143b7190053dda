package dev.tradebook.transaction.events;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CreditEndpoint.awaitCreditOf;
import static dev.tradebook.transaction.CustomerEventFeed.created;
import static dev.tradebook.transaction.CustomerEventFeed.newCustomerCode;
import static dev.tradebook.transaction.CustomerEventFeed.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.CreditAccountRows;
import dev.tradebook.transaction.CustomerEventFeed;
import io.quarkus.test.junit.QuarkusTest;

/** A record that can never be applied is parked on the dead-letter topic at once, and the stream goes on. */
@QuarkusTest
class DeadLetterTest {

    private static final String DEAD_LETTERS = "dead-letter-topic-customer-events";

    @Inject
    CustomerEventFeed feed;

    @Inject
    CreditAccountRows rows;

    @Test
    void recordThatIsNoCloudEventIsParkedAndTheNextEventApplies() {
        String code = newCustomerCode("BAD");

        feed.publish(code, "{\"this is\": not json");
        feed.publish(created(code, "After The Garbage", "EUR", "10", 0));

        awaitCreditOf(code).body("limit", equalTo("10.00"));
        assertThat(parked(code)).singleElement().satisfies(record -> assertThat(record.value()).contains("not json"));
    }

    @Test
    void profileBreakingTheContractIsParked() {
        String code = newCustomerCode("NEG");

        feed.publish(created(code, "Negative Limit", "EUR", "-5", 0));

        assertThat(parked(code)).hasSize(1);
    }

    @Test
    void changeOfCurrencyIsParkedAndTheCopyKeepsItsCurrency() throws SQLException {
        String code = newCustomerCode("CUR");
        CloudEvent<CustomerUpdated> inDollars = updated(code, "Switcher", "USD", "5000", 1);
        feed.publish(created(code, "Switcher", "EUR", "5000", 0));
        feed.publish(inDollars);
        feed.publish(updated(code, "Still In Euro", "EUR", "6000", 2));

        await().atMost(EVENT_DELIVERY).until(() -> rows.customerVersion(code) == 2);

        assertThat(rows.find(code).orElseThrow().currency()).isEqualTo("EUR");
        assertThat(rows.inboxIdsInOrder(code)).doesNotContain(inDollars.id());
        assertThat(parked(code)).singleElement().satisfies(record -> assertThat(record.value()).contains(inDollars.id()));
    }

    private static List<ConsumerRecord<String, String>> parked(String code) {
        return TestTopics.read(DEAD_LETTERS, record -> code.equals(record.key()), 1, EVENT_DELIVERY);
    }
}
