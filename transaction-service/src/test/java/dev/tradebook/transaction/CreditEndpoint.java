package dev.tradebook.transaction;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.response.ValidatableResponse;

/** {@code GET /api/v1/customers/{code}/credit}, read as a viewer. */
public final class CreditEndpoint {

    /** Generous: the first test of a run also waits for the consumer to join its group. */
    public static final Duration EVENT_DELIVERY = Duration.ofSeconds(60);

    private static final String VIEWER = Tokens.withRoles("viewer");

    private CreditEndpoint() {
    }

    public static ValidatableResponse creditOf(String customerCode) {
        return given().auth().oauth2(VIEWER)
                .when().get("/api/v1/customers/{code}/credit", customerCode)
                .then();
    }

    /** Waits until a customer event has made the customer known, then reads its credit. */
    public static ValidatableResponse awaitCreditOf(String customerCode) {
        await().atMost(EVENT_DELIVERY).until(() -> creditOf(customerCode).extract().statusCode() == 200);
        return creditOf(customerCode).statusCode(200);
    }
}
