package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static dev.tradebook.transaction.support.Orders.placeWithKey;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Orders with an Idempotency-Key. Of a customer with documents, one runs in a plain JDBC transaction (no JTA): its
 * rows, its event and its stored answer commit together. Any other (the first document, an acknowledged warning)
 * finds it needs Hibernate, and runs again in JTA.
 */
@QuarkusTest
class KeyedSalesOrderTest {

    @Inject
    TestCustomers customers;

    @Test
    void anOrderOfACustomerWithDocumentsIsStoredPublishedAndReplayed() {
        String customer = customers.create("KEY", "INR", "100000", "STOP");
        placed(customer, "1", "1.00");
        String key = UUID.randomUUID().toString();

        String number = placeWithKey(key, Map.of("customer", customer, "lines", List.of(
                Map.of("sku", "BOLT-8", "quantity", "3", "unitPrice", "10.15", "discountPercent", "5", "taxRate", "18"))))
                .statusCode(201)
                .body("totals.total", equalTo("34.14"))
                .extract().path("number");

        placeWithKey(key, Map.of("customer", customer, "lines", List.of(
                Map.of("sku", "BOLT-8", "quantity", "3", "unitPrice", "10.15", "discountPercent", "5", "taxRate", "18"))))
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("number", equalTo(number));
        Orders.get(number).statusCode(200)
                .body("lines[0].net", equalTo("28.93"))
                .body("inherited.defaults.billingAddress.line1", equalTo("12 MG Road"));
        creditOf(customer).body("exposure", equalTo("35.14"));
        List<ConsumerRecord<String, String>> events = TestTopics.read(Topics.SALES_EVENTS,
                r -> customer.equals(r.key()) && r.value().contains(number), 1, Duration.ofSeconds(30));
        assertThat(JsonPath.from(events.get(0).value()).getString("type")).isEqualTo("sales.order-placed.v1");
        assertThat(JsonPath.from(events.get(0).value()).getString("data.totals.total")).isEqualTo("34.14");
    }

    @Test
    void aFirstOrderAnnouncesTheCustomersFirstDocument() {
        String customer = customers.create("KEYF", "EUR", "0", "STOP");

        String number = placeWithKey(UUID.randomUUID().toString(), order(customer, line("2", "12.50")))
                .statusCode(201).extract().path("number");

        List<ConsumerRecord<String, String>> firsts = TestTopics.read(Topics.SALES_EVENTS,
                r -> customer.equals(r.key()) && r.value().contains("sales.customer-has-transactions.v1"), 1,
                Duration.ofSeconds(30));
        assertThat(JsonPath.from(firsts.get(0).value()).getString("data.documentNumber")).isEqualTo(number);
        creditOf(customer).body("exposure", equalTo("25.00"));
    }

    @Test
    void anAcknowledgedWarningIsStored() {
        String customer = customers.create("KEYW", "EUR", "100", "WARN");
        placed(customer, "1", "30");

        String number = placeWithKey(UUID.randomUUID().toString(), Map.of("customer", customer,
                "lines", List.of(line("2", "60")), "acknowledgeCreditWarning", true))
                .statusCode(201)
                .body("creditAcknowledgements", hasSize(1))
                .extract().path("number");

        Orders.get(number)
                .body("creditAcknowledgements[0].exposure", equalTo("30.00"))
                .body("creditAcknowledgements[0].documentAmount", equalTo("120.00"));
        creditOf(customer).body("exposure", equalTo("150.00"));
    }
}
