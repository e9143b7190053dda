package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** API.md: size is 1 to 500, page from 0; a refusal is a 400 problem naming the query parameter. */
@QuarkusTest
class AccountQueryValidationTest {

    /** Per test, not per class: a test token expires after five minutes. */
    private final String viewer = Tokens.withRoles("viewer");
    private static final String PROBLEM = "application/problem+json";

    @Test
    void sizeZeroIsRefused() {
        given().auth().oauth2(viewer).queryParam("size", 0)
                .when().get("/api/v1/accounts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("status", equalTo(400))
                .body("violations.field", contains("size"));
    }

    @Test
    void sizeAboveFiveHundredIsRefused() {
        given().auth().oauth2(viewer).queryParam("size", 501)
                .when().get("/api/v1/accounts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("size"));
    }

    @Test
    void sizeOfFiveHundredIsAccepted() {
        given().auth().oauth2(viewer).queryParam("size", 500)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .body("size", equalTo(500));
    }

    @Test
    void negativePageIsRefused() {
        given().auth().oauth2(viewer).queryParam("page", -1)
                .when().get("/api/v1/accounts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("page"));
    }

    @Test
    void customerThatIsNoCustomerCodeIsRefused() {
        given().auth().oauth2(viewer).queryParam("customer", "lower case")
                .when().get("/api/v1/accounts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("customer"));
    }

    @Test
    void sizeThatIsNoNumberIsRefusedByName() {
        given().auth().oauth2(viewer).queryParam("size", "fifty")
                .when().get("/api/v1/accounts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("size"))
                .body("violations.message", hasItem("must be a whole number from 1 to 500"));
    }
}
