package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.act;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.place;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SalesOrderEcommerceTest {

    @Inject
    TestCustomers customers;

    @Test
    void cartOrderIsStoredAndReturnedWithTheTimeItWasImported() {
        String customer = customers.create("EC", "INR", "100000", "STOP");
        String cartOrder = "WEB-" + UUID.randomUUID();
        Instant before = Instant.now();

        String number = place(cartOrder(customer, "shop-eu", cartOrder)).statusCode(201)
                .body("ecommerce.importedFromCart", equalTo("shop-eu"))
                .body("ecommerce.cartMapping", equalTo(cartOrder))
                .body("ecommerce.importedOn", notNullValue())
                .extract().path("number");

        String importedOn = Orders.get(number).statusCode(200)
                .body("ecommerce.importedFromCart", equalTo("shop-eu"))
                .body("ecommerce.cartMapping", equalTo(cartOrder))
                .extract().path("ecommerce.importedOn");
        assertThat(Instant.parse(importedOn)).isBetween(before.minusSeconds(1), Instant.now());
    }

    @Test
    void theSameCartOrderPlacedForSeveralCustomersAtOnceBecomesOneOrder() {
        List<String> buyers = IntStream.range(0, 8).mapToObj(i -> customers.create("ECR", "INR", "100000", "STOP"))
                .toList();
        String cartOrder = "WEB-" + UUID.randomUUID();

        List<Integer> statuses = buyers.parallelStream()
                .map(buyer -> place(cartOrder(buyer, "shop-race", cartOrder)).extract().statusCode()).toList();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(buyers.size() - 1);
        given().auth().oauth2(SALES).queryParam("importedFromCart", "shop-race").queryParam("cartMapping", cartOrder)
                .when().get("/api/v1/sales-orders").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void orderTakenByHandHasNoEcommerceFacts() {
        String customer = customers.create("ECN", "INR", "100000", "STOP");

        String number = Orders.placed(customer, "1", "100");

        Orders.get(number).statusCode(200).body("ecommerce", nullValue());
    }

    @Test
    void theSameCartOrderTwiceIsAConflictNamingTheFirstOrder() {
        String customer = customers.create("ECD", "INR", "100000", "STOP");
        String other = customers.create("ECD", "INR", "100000", "STOP");
        String cartOrder = "WEB-" + UUID.randomUUID();
        String first = place(cartOrder(customer, "shop-eu", cartOrder)).statusCode(201).extract().path("number");

        place(cartOrder(other, "shop-eu", cartOrder)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/cart-order-taken"))
                .body("salesOrder", equalTo(first));

        creditOf(other).body("exposure", equalTo("0.00"));
        place(cartOrder(other, "shop-us", cartOrder)).statusCode(201);
    }

    @Test
    void listIsFilteredByCartAndCartOrder() {
        String customer = customers.create("ECL", "INR", "100000", "STOP");
        String cartOrder = "WEB-" + UUID.randomUUID();
        String number = place(cartOrder(customer, "shop-in", cartOrder)).statusCode(201).extract().path("number");
        Orders.placed(customer, "1", "100");

        given().auth().oauth2(Tokens.withRoles("viewer"))
                .queryParam("importedFromCart", "shop-in").queryParam("cartMapping", cartOrder)
                .when().get("/api/v1/sales-orders").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].number", equalTo(number));
        given().auth().oauth2(Tokens.withRoles("viewer"))
                .queryParam("customer", customer).queryParam("importedFromCart", "shop-in")
                .when().get("/api/v1/sales-orders").then().statusCode(200)
                .body("items.number", equalTo(List.of(number)));
    }

    @Test
    void placedEventCarriesTheEcommerceFacts() {
        String customer = customers.create("ECE", "INR", "100000", "STOP");
        String cartOrder = "WEB-" + UUID.randomUUID();
        place(cartOrder(customer, "shop-eu", cartOrder)).statusCode(201);

        String placed = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && r.value().contains("sales.order-placed.v1"), 1, Duration.ofSeconds(30)).get(0).value();

        assertThat(JsonPath.from(placed).getString("data.ecommerce.importedFromCart")).isEqualTo("shop-eu");
        assertThat(JsonPath.from(placed).getString("data.ecommerce.cartMapping")).isEqualTo(cartOrder);
        assertThat(JsonPath.from(placed).getString("data.ecommerce.importedOn")).isNotBlank();
    }

    @Test
    void tooLongOrBlankFactsAreRefusedByField() {
        String customer = customers.create("ECV", "INR", "100000", "STOP");

        place(cartOrder(customer, "c".repeat(41), "m".repeat(101))).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("ecommerce.importedFromCart"))
                .body("violations.field", hasItem("ecommerce.cartMapping"));
        place(cartOrder(customer, " ", "WEB-1")).statusCode(400)
                .body("violations.field", equalTo(List.of("ecommerce.importedFromCart")));
    }

    @Test
    void importedOnIsReadOnly() {
        String customer = customers.create("ECR", "INR", "100000", "STOP");

        place(Map.of("customer", customer, "lines", List.of(line("1", "100")), "ecommerce",
                Map.of("importedFromCart", "shop-eu", "cartMapping", "WEB-1", "importedOn", "2026-11-24T10:00:00Z")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/unknown-field"));
    }

    @Test
    void ecommerceFactsCannotBeSentOnAnAmendment() {
        String customer = customers.create("ECA", "INR", "100000", "STOP");
        String number = Orders.placed(customer, "1", "100");

        act(SALES, number, "amendments", Map.of("lines", List.of(line("2", "100")),
                "ecommerce", Map.of("importedFromCart", "shop-eu", "cartMapping", "WEB-2")))
                .statusCode(400)
                .body("type", endsWith("/unknown-field"));
        Orders.get(number).body("ecommerce", nullValue()).body("revision", equalTo(0));
    }

    private static Map<String, Object> cartOrder(String customer, String cart, String mapping) {
        return Map.of("customer", customer, "lines", List.of(line("1", "100")), "ecommerce",
                Map.of("importedFromCart", cart, "cartMapping", mapping));
    }
}
