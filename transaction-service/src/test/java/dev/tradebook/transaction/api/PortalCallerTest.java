package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A portal user (role customer) reads its own documents, places its own orders, pays its own invoices and
 * accepts its own quotes; any other customer's document or list is 404, whatever it asks.
 */
@QuarkusTest
class PortalCallerTest {

    @Inject
    TestCustomers customers;

    @Test
    void placesAndListsItsOwnOrders() {
        String own = customers.create("PO", "INR", "0", "STOP");

        String number = as(own).contentType(ContentType.JSON).body(order(own, line("2", "50.00")))
                .when().post("/api/v1/sales-orders").then().statusCode(201)
                .body("customer", equalTo(own)).body("totals.total", equalTo("100.00")).extract().path("number");

        as(own).when().get("/api/v1/sales-orders?customer=" + own).then().statusCode(200)
                .body("items.number", contains(number));
        as(own).when().get("/api/v1/sales-orders/" + number).then().statusCode(200);
    }

    @Test
    void anotherCustomersOrdersAreNotFound() {
        String own = customers.create("PO", "INR", "0", "STOP");
        String other = customers.create("PO", "INR", "0", "STOP");
        String theirs = Orders.placed(other, "1", "10.00");

        as(own).contentType(ContentType.JSON).body(order(other, line("1", "10.00")))
                .when().post("/api/v1/sales-orders").then().statusCode(404).body("type", endsWith("/not-found"));
        as(own).when().get("/api/v1/sales-orders/" + theirs).then().statusCode(404);
        as(own).when().get("/api/v1/sales-orders?customer=" + other).then().statusCode(404);
        as(own).when().get("/api/v1/sales-orders").then().statusCode(404);
        as(own).when().get("/api/v1/customers/" + other + "/transactions").then().statusCode(404);
        as(own).when().get("/api/v1/customers/" + other + "/credit").then().statusCode(404);
    }

    @Test
    void paysItsOwnInvoiceButNotAnothers() {
        String own = customers.create("PP", "INR", "0", "STOP");
        String other = customers.create("PP", "INR", "0", "STOP");
        String mine = invoice(own);
        String theirs = invoice(other);

        as(own).when().get("/api/v1/invoices/" + mine).then().statusCode(200).body("outstanding", equalTo("100.00"));
        as(own).when().get("/api/v1/invoices/" + theirs).then().statusCode(404);
        as(own).contentType(ContentType.JSON).body(payment(own, mine)).when().post("/api/v1/payments")
                .then().statusCode(201).body("amount", equalTo("100.00"));
        as(own).contentType(ContentType.JSON).body(payment(other, theirs)).when().post("/api/v1/payments")
                .then().statusCode(404);
        Invoices.get(mine).body("outstanding", equalTo("0.00"));
        Invoices.get(theirs).body("outstanding", equalTo("100.00"));
    }

    @Test
    void listsItsInvoicesAndQuotesByKind() {
        String own = customers.create("PK", "INR", "0", "STOP");
        String invoice = invoice(own);
        String quote = quote(own);

        as(own).when().get("/api/v1/customers/" + own + "/transactions?kind=invoices").then().statusCode(200)
                .body("items.number", contains(invoice));
        as(own).when().get("/api/v1/customers/" + own + "/transactions?kind=quotes").then().statusCode(200)
                .body("items.number", contains(quote));
    }

    @Test
    void acceptsItsOwnQuoteButNotAnothers() {
        String own = customers.create("PQ", "INR", "0", "STOP");
        String other = customers.create("PQ", "INR", "0", "STOP");
        String mine = sent(quote(own));
        String theirs = sent(quote(other));

        as(own).contentType(ContentType.JSON).body("{}").when().post("/api/v1/quotes/" + theirs + "/accept")
                .then().statusCode(404);
        as(own).contentType(ContentType.JSON).body("{}").when().post("/api/v1/quotes/" + mine + "/accept")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(SALES).when().get("/api/v1/quotes/" + theirs).then().body("status", equalTo("SENT"));
    }

    @Test
    void aTokenWithoutItsCustomerIsForbidden() {
        given().auth().oauth2(Tokens.withRoles("customer")).when().get("/api/v1/sales-orders?customer=X")
                .then().statusCode(403).body("type", endsWith("/customer-claim-missing"));
    }

    private static RequestSpecification as(String customer) {
        return given().auth().oauth2(Tokens.forCustomer(customer));
    }

    private static Map<String, Object> payment(String customer, String invoice) {
        return Map.of("customer", customer, "amount", "100.00", "method", "CARD", "reference", "pi_1",
                "allocations", List.of(Map.of("invoice", invoice, "amount", "100.00")));
    }

    private static String invoice(String customer) {
        return Invoices.issue(Map.of("customer", customer, "lines", List.of(line("1", "100.00")))).statusCode(201)
                .extract().path("number");
    }

    private static String quote(String customer) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "lines", List.of(line("1", "10.00"))))
                .when().post("/api/v1/quotes").then().statusCode(201).extract().path("number");
    }

    private static String sent(String quote) {
        ValidatableResponse sent = given().auth().oauth2(SALES).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/quotes/{n}/send", quote).then().statusCode(200);
        return sent.extract().path("number");
    }
}
