package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.act;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.placed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SalesOrderLifecycleTest {

    @Inject
    TestCustomers customers;

    @Test
    void anAmendmentIsANewRevisionAndMovesTheExposure() {
        String customer = customers.create("AMD", "EUR", "1000", "STOP");
        String number = placed(customer, "2", "100");

        act(SALES, number, "amendments", Map.of("lines", List.of(line("3", "100"), line("1", "50"))))
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("lines", hasSize(2))
                .body("totals.total", equalTo("350.00"));

        creditOf(customer).body("exposure", equalTo("350.00"));
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/sales-orders/{n}/revisions", number)
                .then().statusCode(200)
                .body("revision", equalTo(List.of(0, 1)))
                .body("[0].totals.total", equalTo("200.00"))
                .body("[0].lines", hasSize(1))
                .body("[1].totals.total", equalTo("350.00"))
                .body("[1].createdBy", equalTo("priya"));
        String amended = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && r.value().contains("sales.order-amended.v1"), 1, Duration.ofSeconds(30)).get(0).value();
        assertThat(JsonPath.from(amended).getString("data.previousTotals.total")).isEqualTo("200.00");
        assertThat(JsonPath.from(amended).getString("data.totals.total")).isEqualTo("350.00");
    }

    @Test
    void anAmendmentPastTheLimitIsRefusedAndTheOrderKeepsItsLines() {
        String customer = customers.create("AMDX", "EUR", "1000", "STOP");
        String number = placed(customer, "6", "100");
        placed(customer, "3", "100");

        // without its own 600 the customer stands at 300; 800 more does not fit, 700 does
        act(SALES, number, "amendments", Map.of("lines", List.of(line("8", "100"))))
                .statusCode(422)
                .body("type", endsWith("/credit-limit-exceeded"))
                .body("exposure", equalTo("300.00"))
                .body("documentAmount", equalTo("800.00"));
        Orders.get(number).body("revision", equalTo(0)).body("totals.total", equalTo("600.00"));

        act(SALES, number, "amendments", Map.of("lines", List.of(line("7", "100")))).statusCode(200);
        creditOf(customer).body("exposure", equalTo("1000.00"));
    }

    @Test
    void cancellingReleasesTheExposureAndIsPublished() {
        String customer = customers.create("CXL", "EUR", "1000", "STOP");
        String number = placed(customer, "4", "100");

        act(SALES, number, "cancel", Map.of("reason", "customer changed its mind"))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("customer changed its mind"));

        creditOf(customer).body("exposure", equalTo("0.00"));
        String cancelled = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && r.value().contains("sales.order-cancelled.v1"), 1, Duration.ofSeconds(30)).get(0).value();
        assertThat(JsonPath.from(cancelled).getString("data.uninvoicedAmount")).isEqualTo("400.00");
    }

    @Test
    void aCancelledOrderCanBeNeitherAmendedNorCancelledAgain() {
        String customer = customers.create("DEAD", "EUR", "0", "STOP");
        String number = placed(customer, "1", "10");
        act(SALES, number, "cancel", Map.of()).statusCode(200);

        act(SALES, number, "amendments", Map.of("lines", List.of(line("1", "5"))))
                .statusCode(422).body("type", endsWith("/illegal-transition"));
        act(SALES, number, "cancel", Map.of()).statusCode(422).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void amendingAnUnknownOrderIsNotFound() {
        act(SALES, "SO000000000", "amendments", Map.of("lines", List.of(line("1", "5")))).statusCode(404);
    }
}
