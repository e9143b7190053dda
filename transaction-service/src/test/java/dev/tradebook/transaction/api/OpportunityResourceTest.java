package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Orders.SALES;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class OpportunityResourceTest {

    @Inject
    TestCustomers customers;

    @Test
    void anOpportunityIsOpenedInTheCustomersCurrencyAndWon() {
        String customer = customers.create("OPP", "INR", "0", "STOP");

        String number = open(Map.of("customer", customer, "title", "Annual bolts contract", "expectedValue", "250000",
                "expectedCloseDate", "2027-03-31"))
                .statusCode(201)
                .body("number", matchesPattern("OPP?\\d{6,}"))
                .body("currency", equalTo("INR"))
                .body("expectedValue", equalTo("250000.00"))
                .body("stage", equalTo("OPEN"))
                .extract().path("number");

        act(number, "win", Map.of()).statusCode(200).body("stage", equalTo("WON"));
        act(number, "lose", Map.of("reason", "too late")).statusCode(422).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void aLostOpportunityKeepsItsReason() {
        String customer = customers.create("OPPL", "EUR", "0", "STOP");
        String number = open(Map.of("customer", customer, "title", "Pilot", "expectedValue", "100"))
                .statusCode(201).extract().path("number");

        act(number, "lose", Map.of("reason", "went with a competitor")).statusCode(200)
                .body("stage", equalTo("LOST")).body("lostReason", equalTo("went with a competitor"));
    }

    @Test
    void anExpectedValueWithMoreDecimalsThanTheCurrencyIsRefused() {
        String customer = customers.create("OPPJ", "JPY", "0", "STOP");

        open(Map.of("customer", customer, "title", "Yen deal", "expectedValue", "100.5"))
                .statusCode(400).body("violations[0].field", equalTo("expectedValue"));
    }

    private static ValidatableResponse open(Map<String, Object> body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/opportunities").then();
    }

    private static ValidatableResponse act(String number, String action, Map<String, Object> body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/opportunities/{n}/" + action, number).then();
    }
}
