package dev.tradebook.transaction.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityTest {

    private static final String CREDIT = "/api/v1/customers/C000001/credit";

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().when().get(CREDIT)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void forgedTokenIsUnauthorizedProblem() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get(CREDIT)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anIntegratorMayNotReadTheSettings() {
        given().auth().oauth2(Tokens.withRoles("integrator"))
                .when().get("/api/v1/settings")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/forbidden"))
                .body("status", equalTo(403));
    }

    @Test
    void aPortalTokenWithoutItsCustomerMayNotReadCredit() {
        given().auth().oauth2(Tokens.withRoles("customer"))
                .when().get(CREDIT)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/customer-claim-missing"));
    }

    @Test
    void portalCustomerMayNotReadTheSettings() {
        given().auth().oauth2(Tokens.forCustomer("C000001"))
                .when().get("/api/v1/settings")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void readinessNeedsNoTokenAndCoversDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiNeedsNoTokenAndDescribesTheCreditEndpoint() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/customers/{code}/credit'.get", notNullValue())
                .body("components.schemas.Amount.type", equalTo("string"));
    }
}
