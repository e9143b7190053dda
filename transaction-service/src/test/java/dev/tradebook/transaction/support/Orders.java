package dev.tradebook.transaction.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The sales-order endpoints as a salesperson and an accounts clerk call them. */
public final class Orders {

    public static final String SALES = Tokens.forUser("priya", "sales");
    public static final String ACCOUNTS = Tokens.forUser("arjun", "accounts");

    private Orders() {
    }

    /** One line of {@code quantity} × {@code unitPrice}, no discount, no tax. */
    public static Map<String, Object> line(String quantity, String unitPrice) {
        return Map.of("sku", "SKU-1", "description", "Widget", "quantity", quantity, "unitPrice", unitPrice);
    }

    public static Map<String, Object> order(String customer, Map<String, Object> line) {
        return Map.of("customer", customer, "lines", List.of(line));
    }

    public static ValidatableResponse place(Object body) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sales-orders").then();
    }

    /** With an Idempotency-Key: an order of a customer with documents then runs in a plain JDBC transaction. */
    public static ValidatableResponse placeWithKey(String key, Object body) {
        return given().auth().oauth2(SALES).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sales-orders").then();
    }

    public static String placed(String customer, String quantity, String unitPrice) {
        return place(order(customer, line(quantity, unitPrice))).statusCode(201).extract().path("number");
    }

    public static ValidatableResponse get(String number) {
        return given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/sales-orders/{n}", number).then();
    }

    public static ValidatableResponse act(String token, String number, String action, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sales-orders/{n}/" + action, number).then();
    }
}
