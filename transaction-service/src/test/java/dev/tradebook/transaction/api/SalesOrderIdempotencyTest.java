package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.act;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static dev.tradebook.transaction.support.Orders.placed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The platform's interceptor stores a response the method returns, and releases the key of a request
 * that throws. Credit refusals are therefore returned, not thrown, so that they are stored too.
 */
@QuarkusTest
class SalesOrderIdempotencyTest {

    @Inject
    TestCustomers customers;

    @Test
    void aRetryReplaysTheOrderAndPlacesNothingMore() {
        String customer = customers.create("IDEM", "EUR", "0", "STOP");
        String key = UUID.randomUUID().toString();

        String number = post(key, order(customer, line("1", "10"))).statusCode(201).extract().path("number");
        post(key, order(customer, line("1", "10"))).statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("number", equalTo(number));

        creditOf(customer).body("exposure", equalTo("10.00"));
    }

    @Test
    void aCreditRefusalStaysRefusedWhenRetriedAfterCreditWasFreed() {
        String customer = customers.create("IDREF", "EUR", "100", "STOP");
        String blocking = placed(customer, "1", "80");
        String key = UUID.randomUUID().toString();
        post(key, order(customer, line("1", "50"))).statusCode(422).body("type", endsWith("/credit-limit-exceeded"));

        act(SALES, blocking, "cancel", Map.of()).statusCode(200);

        post(key, order(customer, line("1", "50")))
                .statusCode(422)
                .header("Idempotent-Replayed", "true")
                .body("type", endsWith("/credit-limit-exceeded"))
                .body("exposure", equalTo("80.00"));
        creditOf(customer).body("exposure", equalTo("0.00"));
        post(UUID.randomUUID().toString(), order(customer, line("1", "50"))).statusCode(201);
    }

    @Test
    void aValidationFailureIsNotStoredSoACorrectedRetryIsNotAMismatch() {
        String customer = customers.create("IDBAD", "EUR", "0", "STOP");
        String key = UUID.randomUUID().toString();

        post(key, order(customer, line("0", "10"))).statusCode(400);

        post(key, order(customer, line("1", "10"))).statusCode(201);
    }

    private static ValidatableResponse post(String key, Object body) {
        return given().auth().oauth2(SALES).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sales-orders").then();
    }
}
