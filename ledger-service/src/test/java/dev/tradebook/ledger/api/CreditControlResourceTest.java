package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CreditControlResourceTest {

    static final String PROBLEM = "application/problem+json";

    private static io.restassured.response.ValidatableResponse put(String role, String body) {
        return given().auth().oauth2(Tokens.withRoles(role)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/credit-control").then();
    }

    @AfterEach
    void switchOff() {
        put("accounts", "{\"mode\": \"NONE\", \"graceDays\": 0, \"minimumOverdueAmount\": \"0\"}").statusCode(200);
    }

    @Test
    void changesAndReadsThePolicy() {
        put("accounts", "{\"mode\": \"PAST_DUE\", \"graceDays\": 7, \"minimumOverdueAmount\": \"25.50\"}")
                .statusCode(200)
                .header("ETag", notNullValue());

        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/credit-control")
                .then().statusCode(200)
                .body("mode", equalTo("PAST_DUE"))
                .body("graceDays", equalTo(7))
                .body("minimumOverdueAmount", equalTo("25.50"));
    }

    @Test
    void refusesAnUnknownMode() {
        put("accounts", "{\"mode\": \"SOMETIMES\", \"graceDays\": 0, \"minimumOverdueAmount\": \"0\"}")
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("mode"));
    }

    @Test
    void refusesNegativeGraceDays() {
        put("accounts", "{\"mode\": \"PAST_DUE\", \"graceDays\": -1, \"minimumOverdueAmount\": \"0\"}")
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("graceDays"));
    }

    @Test
    void salesMayNotChangeThePolicy() {
        put("sales", "{\"mode\": \"NONE\", \"graceDays\": 0, \"minimumOverdueAmount\": \"0\"}")
                .statusCode(403).contentType(PROBLEM);
    }
}
