package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.line;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An action without a body is a plain POST: no content type needed, so the caller gets 401/403/2xx, never 415. */
@QuarkusTest
class BodyLessActionTest {

    @Inject
    TestCustomers customers;

    @ParameterizedTest
    @ValueSource(strings = {"quotes/Q999999999/send", "quotes/Q999999999/accept", "quotes/Q999999999/reject",
            "opportunities/OP999999999/win", "rmas/RMA999999999/receive", "rmas/RMA999999999/credit-note"})
    void withoutATokenAPlainPostIsUnauthorized(String action) {
        given().when().post("/api/v1/" + action)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes/Q999999999/send", "quotes/Q999999999/accept", "quotes/Q999999999/reject",
            "opportunities/OP999999999/win", "rmas/RMA999999999/receive", "rmas/RMA999999999/credit-note"})
    void aViewersPlainPostIsForbidden(String action) {
        given().auth().oauth2(Tokens.withRoles("viewer")).when().post("/api/v1/" + action)
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
    }

    @Test
    void aQuoteIsSentAndAcceptedWithPlainPosts() {
        String quote = given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("customer", customers.create("BL", "EUR", "1000", "STOP"), "lines", List.of(line("1", "40"))))
                .when().post("/api/v1/quotes").then().statusCode(201).extract().path("number");

        given().auth().oauth2(SALES).when().post("/api/v1/quotes/{n}/send", quote)
                .then().statusCode(200).body("status", equalTo("SENT"));
        given().auth().oauth2(SALES).when().post("/api/v1/quotes/{n}/accept", quote)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }
}
