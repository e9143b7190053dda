package dev.tradebook.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An integrator's batch, pushed three times (the first two at once) with the integrator client's real token:
 * every customer and order exists once, the results are CREATED then DUPLICATE with the same numbers, and the
 * refused orders stay refused.
 */
class IntakeIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff admin = new Staff(stack, "admin");
    private final String integrator = KeycloakTokens.ofClient(stack, "integrator", "integrator-secret");
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void aBatchSentThreeTimesCreatesEveryCustomerAndOrderOnce() {
        String existing = "INT-" + run;
        String stopped = "INS-" + run;
        admin.createCustomer(existing, "Intake Existing Traders", "INR", List.of("DOM"), "0", "STOP")
                .then().statusCode(201);
        admin.createCustomer(stopped, "Intake Stopped Traders", "INR", List.of("DOM"), "100", "STOP")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.credit(existing).statusCode() == 200
                && admin.credit(stopped).statusCode() == 200);
        String asha = "asha-" + run + "@shop.example";
        String ravi = "ravi-" + run + "@shop.example";
        String batch = "{\"orders\": [" + String.join(",",
                order("1", "\"customer\": \"" + existing + "\"", "INR", "10.00"),
                order("2", buyer("Asha Mehta", asha), "INR", "20.00"),
                order("3", buyer("Ravi Iyer", ravi), "INR", "30.00"),
                order("4", buyer("Asha Mehta", asha), "INR", "40.00"),
                order("5", "\"customer\": \"" + stopped + "\"", "INR", "500.00"),
                order("6", "\"customer\": \"" + existing + "\"", "USD", "60.00"),
                order("7", "\"channelType\": \"TRADE_PORTAL\", " + buyer("Rao Hardware", "rao-" + run), "INR", "70.00"))
                + "]}";

        CompletableFuture<JsonPath> first = CompletableFuture.supplyAsync(() -> push(batch));
        CompletableFuture<JsonPath> second = CompletableFuture.supplyAsync(() -> push(batch));
        List<JsonPath> atOnce = List.of(first.join(), second.join());
        JsonPath third = push(batch);

        for (int i : new int[] {0, 1, 2, 3, 6}) {
            assertThat(atOnce.stream().map(r -> r.getString("results[" + i + "].outcome")).sorted())
                    .as("order %d of the two pushes at once", i + 1).containsExactly("CREATED", "DUPLICATE");
            assertThat(atOnce.stream().map(r -> r.getString("results[" + i + "].orderNumber")).distinct())
                    .as("order %d has one number", i + 1).hasSize(1);
            assertThat(third.getString("results[" + i + "].outcome")).isEqualTo("DUPLICATE");
            assertThat(third.getString("results[" + i + "].orderNumber"))
                    .isEqualTo(atOnce.get(0).getString("results[" + i + "].orderNumber"));
            assertThat(third.getString("results[" + i + "].customer"))
                    .isEqualTo(atOnce.get(0).getString("results[" + i + "].customer"));
        }
        for (JsonPath results : List.of(atOnce.get(0), atOnce.get(1), third)) {
            assertThat(results.getList("results.externalOrderId"))
                    .containsExactly(id("1"), id("2"), id("3"), id("4"), id("5"), id("6"), id("7"));
            assertThat(results.getString("results[0].customer")).isEqualTo(existing);
            assertThat(results.getString("results[3].customer")).isEqualTo(results.getString("results[1].customer"));
            assertThat(results.getString("results[4].outcome")).isEqualTo("REFUSED");
            assertThat(results.getString("results[4].problem.type")).endsWith("/credit-limit-exceeded");
            assertThat(results.getString("results[5].outcome")).isEqualTo("REFUSED");
            assertThat(results.getInt("results[5].problem.status")).isEqualTo(422);
        }

        String ashaCustomer = third.getString("results[1].customer");
        String raviCustomer = third.getString("results[2].customer");
        String raoCustomer = third.getString("results[6].customer");
        assertThat(customersOf("web-shop", asha)).containsExactly(ashaCustomer);
        assertThat(customersOf("web-shop", ravi)).containsExactly(raviCustomer);
        assertThat(customersOf("web-shop", "rao-" + run)).containsExactly(raoCustomer);
        assertThat(admin.customer(ashaCustomer).<String>path("source")).isEqualTo("B2C_CART");
        assertThat(admin.customer(raoCustomer).<String>path("source")).isEqualTo("B2B_PORTAL");
        assertThat(admin.customer(ashaCustomer).<String>path("ecommerce.importedOn")).isNotNull();

        assertThat(ordersOf(existing)).isEqualTo(1);
        assertThat(ordersOf(ashaCustomer)).isEqualTo(2);
        assertThat(ordersOf(raviCustomer)).isEqualTo(1);
        assertThat(ordersOf(raoCustomer)).isEqualTo(1);
        assertThat(ordersOf(stopped)).isZero();

        JsonPath placed = admin.get(Service.TRANSACTION, "/api/v1/sales-orders/" + third.getString("results[1].orderNumber"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(placed.getString("ecommerce.importedFromCart")).isEqualTo("web-shop");
        assertThat(placed.getString("ecommerce.cartMapping")).isEqualTo(id("2"));
        assertThat(placed.getString("ecommerce.importedOn")).isNotNull();
        assertThat(admin.get(Service.TRANSACTION, "/api/v1/sales-orders?importedFromCart=web-shop&cartMapping=" + id("2"))
                .then().statusCode(200).extract().jsonPath().getList("items.number"))
                .containsExactly(third.getString("results[1].orderNumber"));
    }

    @Test
    void twoOrdersOfOneNewBuyerAtOnceMakeOneCustomer() {
        String buyer = "neha-" + run + "@shop.example";
        List<CompletableFuture<JsonPath>> pushes = List.of("A", "B", "C").stream()
                .map(n -> CompletableFuture.supplyAsync(() -> push(
                        "{\"orders\": [" + order(n, buyer("Neha Joshi", buyer), "INR", "15.00") + "]}")))
                .toList();
        List<JsonPath> results = pushes.stream().map(CompletableFuture::join).toList();

        assertThat(results).allSatisfy(r -> assertThat(r.getString("results[0].outcome")).isEqualTo("CREATED"));
        List<String> customers = customersOf("web-shop", buyer);
        assertThat(customers).hasSize(1);
        assertThat(results).allSatisfy(r -> assertThat(r.getString("results[0].customer")).isEqualTo(customers.get(0)));
        assertThat(ordersOf(customers.get(0))).isEqualTo(3);
    }

    private String id(String n) {
        return run + "-" + n;
    }

    private String order(String n, String party, String currency, String unitPrice) {
        return """
                {"channel": "web-shop", "externalOrderId": "%s", %s, "currency": "%s",
                 "lines": [{"sku": "TEA-10", "quantity": "1", "unitPrice": "%s"}]}"""
                .formatted(id(n), party, currency, unitPrice);
    }

    private static String buyer(String name, String email) {
        return email.contains("@")
                ? "\"buyer\": {\"name\": \"%s\", \"email\": \"%s\"}".formatted(name, email)
                : "\"buyer\": {\"id\": \"%s\", \"name\": \"%s\"}".formatted(email, name);
    }

    private JsonPath push(String batch) {
        return given().baseUri(stack.service(Service.GATEWAY).url()).auth().oauth2(integrator)
                .contentType(ContentType.JSON).body(batch)
                .when().post("/integrations/v1/orders")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<String> customersOf(String cart, String buyer) {
        return admin.get(Service.CUSTOMER, "/api/v1/customers?importedFromCart=" + cart + "&cartMapping=" + buyer)
                .then().statusCode(200).extract().jsonPath().getList("items.code");
    }

    private int ordersOf(String customer) {
        Map<String, Object> page = admin.get(Service.TRANSACTION, "/api/v1/sales-orders?customer=" + customer)
                .then().statusCode(200).extract().jsonPath().getMap("");
        return ((Number) page.get("total")).intValue();
    }
}
