package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().when().get("/api/v1/accounts")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"customer", "integrator"})
    void outsidersMayNotReadAccounts(String role) {
        given().auth().oauth2(Tokens.withRoles(role))
                .when().get("/api/v1/accounts")
                .then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void portalCustomerMayNotReadAccountGroups() {
        given().auth().oauth2(Tokens.forCustomer("C000001"))
                .when().get("/api/v1/account-groups")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales-admin", "sales", "accounts", "viewer"})
    void staffMayReadAccountsAndGroups(String role) {
        given().auth().oauth2(Tokens.withRoles(role)).when().get("/api/v1/accounts").then().statusCode(200);
        given().auth().oauth2(Tokens.withRoles(role)).when().get("/api/v1/account-groups").then().statusCode(200);
    }

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check")));
    }

    @Test
    void openApiNeedsNoToken() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/accounts'.get", notNullValue())
                .body("paths.'/api/v1/account-groups'.get", notNullValue());
    }
}
