package dev.tradebook.gateway.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The gateway against services that fail, refuse, hang or are down (a real HTTP server and a closed port):
 * what is repeated, what is not, and what the portal user gets.
 */
@QuarkusTest
@WithTestResource(ServicesStandIn.class)
class ServiceFaultsTest {

    private static final String CART = "{\"lines\": [{\"sku\": \"A\", \"quantity\": \"1\", \"unitPrice\": \"1\"}]}";

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeTheBreakers() {
        breakers.resetAll();
    }

    @Test
    void aReadIsRepeatedUntilTheServiceAnswers() throws Exception {
        given().auth().oauth2(Tokens.forCustomer("FLAKY")).when().get("/portal/v1/statement").then().statusCode(200);

        assertThat(callsOf("GET /api/v1/customers/FLAKY/statement")).isEqualTo(ServicesStandIn.FLAKY_FAILURES + 1);
    }

    @Test
    void aServicesOwnRefusalIsPassedOnAndNotRepeated() throws Exception {
        given().auth().oauth2(Tokens.forCustomer("REFUSED")).when().get("/portal/v1/statement")
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));

        assertThat(callsOf("GET /api/v1/customers/REFUSED/statement")).isEqualTo(1);
    }

    @Test
    void aPostWithoutIdempotencyKeyIsNeverRepeated() throws Exception {
        given().auth().oauth2(Tokens.forCustomer("NOKEY")).contentType(ContentType.JSON).body(CART)
                .when().post("/portal/v1/orders")
                .then().statusCode(500).contentType("application/problem+json");

        assertThat(callsOf("POST /api/v1/sales-orders null")).isEqualTo(1);
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRepeated() throws Exception {
        given().auth().oauth2(Tokens.forCustomer("KEYED")).header("Idempotency-Key", "cart-1")
                .contentType(ContentType.JSON).body(CART)
                .when().post("/portal/v1/orders")
                .then().statusCode(201);

        assertThat(callsOf("POST /api/v1/sales-orders cart-1")).isEqualTo(ServicesStandIn.FLAKY_FAILURES + 1);
    }

    @Test
    void aServiceThatKeepsFailingIsGivenARest() throws Exception {
        String token = Tokens.forCustomer("BROKEN");
        given().auth().oauth2(token).when().get("/portal/v1/statement").then().statusCode(500);
        given().auth().oauth2(token).when().get("/portal/v1/statement").then().statusCode(500);

        given().auth().oauth2(token).when().get("/portal/v1/statement")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", endsWith("/service-unavailable"))
                .header("Retry-After", "3600");
        assertThat(callsOf("GET /api/v1/customers/BROKEN/statement")).isEqualTo(6);
    }

    @Test
    void aServiceThatIsDownIsUnavailable() {
        given().auth().oauth2(Tokens.forCustomer("DOWN")).when().get("/portal/v1/me")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", endsWith("/service-unavailable"))
                .header("Retry-After", "3600");
    }

    @Test
    void aServiceThatHangsIsUnavailableAfterTheTimeout() throws Exception {
        String token = Tokens.forCustomer("SLOW");
        given().auth().oauth2(token).when().get("/portal/v1/nothing").then().statusCode(404);

        long start = System.nanoTime();
        given().auth().oauth2(token).when().get("/portal/v1/statement")
                .then().statusCode(503).contentType("application/problem+json");

        assertThat((System.nanoTime() - start) / 1_000_000).as("ms, where the service answers after 3000")
                .isLessThan(2500);
        assertThat(callsOf("GET /api/v1/customers/SLOW/statement")).isEqualTo(1);
    }

    private static int callsOf(String call) throws Exception {
        String standIn = ConfigProvider.getConfig().getValue("quarkus.rest-client.ledger-service.url", String.class);
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(standIn + "/calls?of=" + URLEncoder.encode(call, StandardCharsets.UTF_8))).build();
        return Integer.parseInt(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
