package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Orders.ACCOUNTS;
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
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An action without a body, or whose body is optional, is a plain POST: no content type needed (curl sends none,
 * REST Assured a form type), so the caller gets 401/403/2xx/422, never 415.
 */
@QuarkusTest
class BodyLessActionTest {

    @Inject
    TestCustomers customers;

    @ParameterizedTest
    @ValueSource(strings = {"quotes/Q999999999/send", "quotes/Q999999999/accept", "quotes/Q999999999/reject",
            "quotes/Q999999999/convert", "sales-orders/SO999999999/approve", "sales-orders/SO999999999/cancel",
            "opportunities/OP999999999/win", "opportunities/OP999999999/lose", "rmas/RMA999999999/receive",
            "rmas/RMA999999999/credit-note"})
    void withoutATokenAPlainPostIsUnauthorized(String action) {
        given().when().post("/api/v1/" + action)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes/Q999999999/send", "quotes/Q999999999/accept", "quotes/Q999999999/reject",
            "quotes/Q999999999/convert", "sales-orders/SO999999999/approve", "sales-orders/SO999999999/cancel",
            "opportunities/OP999999999/win", "opportunities/OP999999999/lose", "rmas/RMA999999999/receive",
            "rmas/RMA999999999/credit-note"})
    void aViewersPlainPostIsForbidden(String action) {
        given().auth().oauth2(Tokens.withRoles("viewer")).when().post("/api/v1/" + action)
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
    }

    @Test
    void aQuoteIsSentAndAcceptedWithPlainPosts() {
        String quote = quote(customers.create("BL", "EUR", "1000", "STOP"), "40");

        given().auth().oauth2(SALES).when().post("/api/v1/quotes/{n}/send", quote)
                .then().statusCode(200).body("status", equalTo("SENT"));
        given().auth().oauth2(SALES).when().post("/api/v1/quotes/{n}/accept", quote)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anAcceptedQuoteIsConvertedWithAPlainPost() {
        String quote = quote(customers.create("BLC", "EUR", "1000", "STOP"), "40");
        given().auth().oauth2(SALES).when().post("/api/v1/quotes/{n}/send", quote).then().statusCode(200);
        given().auth().oauth2(SALES).when().post("/api/v1/quotes/{n}/accept", quote).then().statusCode(200);

        given().auth().oauth2(SALES).noContentType().when().post("/api/v1/quotes/{n}/convert", quote)
                .then().statusCode(201).body("status", equalTo("APPROVED")).body("quote", equalTo(quote))
                .body("totals.total", equalTo("40.00"));
    }

    @Test
    void anOrderIsCancelledWithAPlainPostAndItsApprovalReachesTheLifecycle() {
        String order = Orders.placed(customers.create("BLO", "EUR", "0", "STOP"), "1", "25");

        given().auth().oauth2(ACCOUNTS).noContentType().when().post("/api/v1/sales-orders/{n}/approve", order)
                .then().statusCode(422).body("type", endsWith("/illegal-transition"));
        given().auth().oauth2(SALES).when().post("/api/v1/sales-orders/{n}/cancel", order)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anOpportunityIsLostWithAPlainPost() {
        String opportunity = given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("customer", customers.create("BLL", "EUR", "0", "STOP"), "title", "Pilot",
                        "expectedValue", "100"))
                .when().post("/api/v1/opportunities").then().statusCode(201).extract().path("number");

        given().auth().oauth2(SALES).noContentType().when().post("/api/v1/opportunities/{n}/lose", opportunity)
                .then().statusCode(200).body("stage", equalTo("LOST"));
    }

    @Test
    void aPlacedOrderWithoutABodyIsABadRequestNamingIt() {
        given().auth().oauth2(SALES).noContentType().when().post("/api/v1/sales-orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("request"));
    }

    private static String quote(String customer, String amount) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "lines", List.of(line("1", amount))))
                .when().post("/api/v1/quotes").then().statusCode(201).extract().path("number");
    }
}
