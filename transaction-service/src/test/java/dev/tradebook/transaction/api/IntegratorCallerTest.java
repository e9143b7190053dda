package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The e-commerce intake (role integrator) reads a customer's credit, to know that the customer has arrived, and
 * places sales orders; nothing else.
 */
@QuarkusTest
class IntegratorCallerTest {

    private static final String INTEGRATOR = Tokens.forUser("service-account-integrator", "integrator");

    @Inject
    TestCustomers customers;

    @Test
    void readsCreditAndPlacesAnOrder() {
        String code = customers.create("IN", "INR", "0", "STOP");

        given().auth().oauth2(INTEGRATOR).when().get("/api/v1/customers/" + code + "/credit")
                .then().statusCode(200).body("limitChecked", equalTo(false));
        given().auth().oauth2(INTEGRATOR).contentType(ContentType.JSON).body(order(code, line("2", "50.00")))
                .when().post("/api/v1/sales-orders").then().statusCode(201)
                .body("customer", equalTo(code)).body("totals.total", equalTo("100.00"));
    }

    @Test
    void anUnknownCustomersCreditIsNotFound() {
        given().auth().oauth2(INTEGRATOR).when().get("/api/v1/customers/NOT-YET-KNOWN/credit")
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void mayNotListOrders() {
        given().auth().oauth2(INTEGRATOR).when().get("/api/v1/sales-orders")
                .then().statusCode(403);
    }
}
