package dev.tradebook.ledger.events;

import static dev.tradebook.ledger.LedgerApi.groupsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A consumer ignores event types and fields it does not know (ARCHITECTURE.md), and a record it can never
 * read is parked on the dead-letter topic; neither stops the events behind it.
 */
@QuarkusTest
class TolerantReadingTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String DEAD_LETTERS = "dead-letter-topic-customer-events";

    @Inject
    CustomerMaster customerMaster;

    @Inject
    ObjectMapper json;

    @Test
    void unknownEventTypeIsSkippedAndTheNextEventApplied() {
        String code = CustomerMaster.newCustomerCode("FROB");

        customerMaster.publish(customerMaster.ofUnknownType(code, "customer.frobnicated.v1"));
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));

        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("DOM")));
    }

    @Test
    void unknownFieldsInEnvelopeAndDataAreIgnored() throws Exception {
        String code = CustomerMaster.newCustomerCode("EXTRA");
        ObjectNode event = (ObjectNode) json.readTree(customerMaster.encode(customerMaster.created(code, "INR", "EXP")));
        event.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        ((ObjectNode) event.get("data")).put("loyaltyTier", "GOLD");
        ((ObjectNode) event.get("data").get("customer")).put("shoeSize", 44);

        customerMaster.publishRecord(code, json.writeValueAsString(event));

        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("EXP")));
    }

    @Test
    void recordThatIsNoCloudEventIsParkedAndTheNextEventApplied() {
        String code = CustomerMaster.newCustomerCode("JUNK");

        customerMaster.publishRecord(code, "this is not a cloud event");
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));

        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("DOM")));
        assertThat(TestTopics.read(DEAD_LETTERS, parked -> code.equals(parked.key()), 1, PATIENCE))
                .singleElement().satisfies(parked -> assertThat(parked.value()).isEqualTo("this is not a cloud event"));
    }

    @Test
    void profileBreakingTheContractIsParkedAndTheNextEventApplied() {
        String code = CustomerMaster.newCustomerCode("BADCUR");
        CloudEvent<CustomerCreated> lowerCaseCurrency = customerMaster.created(code, "usd", "DOM");

        customerMaster.publish(lowerCaseCurrency);
        customerMaster.publish(customerMaster.updated(code, "USD", 1, "EXP"));

        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("EXP")));
        assertThat(TestTopics.read(DEAD_LETTERS, parked -> code.equals(parked.key()), 1, PATIENCE))
                .singleElement().satisfies(parked -> assertThat(parked.value()).contains(lowerCaseCurrency.id()));
    }
}
