package dev.tradebook.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GatewayConventionsTest {

    @Test
    void isReadyWhenItsDatabaseAndKafkaAre() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void unknownPortalPathIsANotFoundProblem() {
        given().auth().oauth2(Tokens.forCustomer("C000001"))
                .when().get("/portal/v1/nothing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void servesMetricsIncludingTheOutboxBacklog() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("outbox_pending"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("portal-gateway: customer portal and e-commerce intake"));
    }
}
