package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.CustomerHasTransactions;
import dev.tradebook.platform.events.sales.OrderCancelled;
import dev.tradebook.platform.testing.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** sales.customer-has-transactions.v1 makes a customer undeletable; the other sales events change nothing. */
@QuarkusTest
class SalesEventsTest {

    private static final String ADMIN = Tokens.withRoles("sales-admin");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    PeerEvents peers;

    @Inject
    MeterRegistry registry;

    @Test
    void aCustomerWithTransactionsCanNoLongerBeDeleted() {
        String code = create();

        peers.publish(hasTransactions(code));

        await().atMost(WAIT).until(() -> peers.hasTransactions(code));
        given().auth().oauth2(ADMIN).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].changedBy", equalTo("transaction-service"))
                .body("items[0].changes[0].field", equalTo("hasTransactions"))
                .body("items[0].changes[0].after", equalTo(true));
        given().auth().oauth2(ADMIN).header("If-Match", "\"1\"")
                .when().delete("/api/v1/customers/" + code)
                .then().statusCode(409);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String code = create();
        CloudEvent<CustomerHasTransactions> first = hasTransactions(code);
        double duplicatesBefore = registry.counter("inbox.duplicates").count();

        String record = peers.publish(first);
        peers.publishRecord(first, record);
        CloudEvent<OrderCancelled> marker = orderCancelled(code);
        peers.publish(marker);

        // Same key, same partition: once the later event is applied, the redelivery before it was handled.
        await().atMost(WAIT).until(() -> peers.applied(marker.id()));
        assertThat(peers.hasTransactions(code)).isTrue();
        given().auth().oauth2(ADMIN).when().get("/api/v1/customers/" + code).then().header("ETag", "\"1\"");
        assertThat(registry.counter("inbox.duplicates").count()).isGreaterThanOrEqualTo(duplicatesBefore + 1);
    }

    @Test
    void otherSalesEventsAreIgnored() {
        String code = create();
        CloudEvent<OrderCancelled> cancelled = orderCancelled(code);

        peers.publish(cancelled);

        await().atMost(WAIT).until(() -> peers.applied(cancelled.id()));
        assertThat(peers.hasTransactions(code)).isFalse();
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"")
                .when().delete("/api/v1/customers/" + code)
                .then().statusCode(204);
    }

    private CloudEvent<CustomerHasTransactions> hasTransactions(String code) {
        return peers.event(EventTypes.CUSTOMER_HAS_TRANSACTIONS, code,
                new CustomerHasTransactions(code, "INVOICE", "INV-" + code));
    }

    private CloudEvent<OrderCancelled> orderCancelled(String code) {
        return peers.event(EventTypes.ORDER_CANCELLED, code,
                new OrderCancelled("SO-" + code, code, "INR", new BigDecimal("100.00"), "customer asked"));
    }

    static String create() {
        String code = "SE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(Tokens.withRoles("sales")).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Event Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"]}"""
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
    }
}
