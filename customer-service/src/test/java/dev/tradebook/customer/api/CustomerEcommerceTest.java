package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A buyer imported from an e-commerce cart: its e-commerce facts are kept, fixed, unique and searchable. */
@QuarkusTest
class CustomerEcommerceTest {

    private static final String INTEGRATOR = Tokens.forUser("service-account-integrator", "integrator");

    private static String buyerBody(String code, String cart, String buyer) {
        return """
                {"code": "%s", "name": "Asha Mehta", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"],
                 "source": "B2C_CART", "ecommerce": {"importedFromCart": "%s", "cartMapping": "%s"}}"""
                .formatted(code, cart, buyer);
    }

    private static String buyer() {
        return "asha-" + UUID.randomUUID() + "@shop.example";
    }

    private static Response createAsIntegrator(String body) {
        return given().auth().oauth2(INTEGRATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers");
    }

    @Test
    void keepsTheCartTheBuyerAndWhenItWasImported() {
        String code = Customers.uniqueCode("EC");
        String buyer = buyer();
        Instant before = Instant.now();
        createAsIntegrator(buyerBody(code, "web-shop", buyer)).then().statusCode(201)
                .body("source", equalTo("B2C_CART"))
                .body("ecommerce.importedFromCart", equalTo("web-shop"))
                .body("ecommerce.cartMapping", equalTo(buyer));

        String importedOn = Customers.get(code).then().statusCode(200)
                .body("ecommerce.cartMapping", equalTo(buyer))
                .extract().path("ecommerce.importedOn");
        assertThat(Instant.parse(importedOn)).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void theCustomerEventsCarryTheFacts() throws Exception {
        String code = Customers.uniqueCode("EE");
        String buyer = buyer();
        createAsIntegrator(buyerBody(code, "web-shop", buyer)).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TestTopics.readAll("customer.events",
                record -> code.equals(record.key()), Duration.ofSeconds(10));
        JsonNode ecommerce = new ObjectMapper().readTree(records.get(0).value()).at("/data/customer/ecommerce");
        assertThat(ecommerce.path("importedFromCart").asText()).isEqualTo("web-shop");
        assertThat(ecommerce.path("cartMapping").asText()).isEqualTo(buyer);
        assertThat(Instant.parse(ecommerce.path("importedOn").asText()))
                .isEqualTo(Instant.parse(Customers.get(code).path("ecommerce.importedOn")));
    }

    @Test
    void aCustomerNotFromACartHasNone() {
        String code = Customers.createMinimal("EN");
        Customers.get(code).then().statusCode(200).body("ecommerce", nullValue());
    }

    @Test
    void findsTheCustomerOfACartBuyer() {
        String code = Customers.uniqueCode("EF");
        String buyer = buyer();
        createAsIntegrator(buyerBody(code, "trade-portal", buyer)).then().statusCode(201);
        createAsIntegrator(buyerBody(Customers.uniqueCode("EG"), "web-shop", buyer)).then().statusCode(201);

        given().auth().oauth2(INTEGRATOR).queryParam("importedFromCart", "trade-portal").queryParam("cartMapping", buyer)
                .when().get("/api/v1/customers")
                .then().statusCode(200).body("items.code", contains(code)).body("total", equalTo(1));
    }

    @Test
    void aSecondCustomerForTheSameBuyerOfTheSameCartIsAConflictNamingTheFirst() {
        String first = Customers.uniqueCode("EU");
        String buyer = buyer();
        createAsIntegrator(buyerBody(first, "web-shop", buyer)).then().statusCode(201);

        createAsIntegrator(buyerBody(Customers.uniqueCode("EV"), "web-shop", buyer)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/cart-buyer-taken")).body("customer", equalTo(first));
    }

    @Test
    void twoCustomersForOneBuyerAtOnceEndWithOne() {
        String buyer = buyer();
        List<CompletableFuture<Integer>> attempts = List.of("EA", "EB", "EC", "ED").stream()
                .map(prefix -> CompletableFuture.supplyAsync(() -> createAsIntegrator(
                        buyerBody(Customers.uniqueCode(prefix), "web-shop", buyer)).statusCode()))
                .toList();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(201, 409, 409, 409);
        given().auth().oauth2(INTEGRATOR).queryParam("importedFromCart", "web-shop").queryParam("cartMapping", buyer)
                .when().get("/api/v1/customers").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theFactsCannotChangeButAReplacementMayRepeatThem() {
        String code = Customers.uniqueCode("EX");
        String buyer = buyer();
        createAsIntegrator(buyerBody(code, "web-shop", buyer)).then().statusCode(201);

        Customers.put(code, Customers.etag(code), buyerBody(code, "web-shop", buyer).replace("Asha Mehta", "Asha M"))
                .then().statusCode(200).body("name", equalTo("Asha M")).body("ecommerce.cartMapping", equalTo(buyer));
        Customers.put(code, Customers.etag(code), buyerBody(code, "web-shop", "someone-else"))
                .then().statusCode(422).body("violations.field", hasItem("ecommerce"));
        Customers.patch(code, Customers.etag(code), "{\"name\": \"Asha Mehta\"}")
                .then().statusCode(200).body("ecommerce.importedFromCart", equalTo("web-shop"));
    }

    @Test
    void importedOnIsReadOnlyAndTheBuyerIsRequired() {
        String code = Customers.uniqueCode("ER");
        createAsIntegrator(buyerBody(code, "web-shop", buyer()).replace("\"cartMapping\"",
                "\"importedOn\": \"2026-01-01T00:00:00Z\", \"cartMapping\""))
                .then().statusCode(400).body("violations.field", hasItem(endsWith("importedOn")));
        createAsIntegrator(buyerBody(code, "web-shop", ""))
                .then().statusCode(400).body("violations.field", hasItem("ecommerce.cartMapping"));
        createAsIntegrator(buyerBody(code, "w".repeat(41), buyer()))
                .then().statusCode(400).body("violations.field", hasItem("ecommerce.importedFromCart"));
    }

    @Test
    void theIntegratorMayCreateAndSearchButNotChange() {
        String code = Customers.uniqueCode("EI");
        createAsIntegrator(buyerBody(code, "web-shop", buyer())).then().statusCode(201)
                .body("version", notNullValue());
        given().auth().oauth2(INTEGRATOR).contentType(ContentType.JSON).header("If-Match", Customers.etag(code))
                .body(buyerBody(code, "web-shop", buyer())).when().put("/api/v1/customers/" + code)
                .then().statusCode(403);
    }
}
