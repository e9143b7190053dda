package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static dev.tradebook.transaction.support.Orders.place;
import static dev.tradebook.transaction.support.Orders.placed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SalesOrderResourceTest {

    @Inject
    TestCustomers customers;

    @Test
    void orderIsPricedInTheCustomersCurrencyAndCountsInTheExposure() {
        String customer = customers.create("SO", "INR", "100000", "STOP");

        place(Map.of("customer", customer, "lines", List.of(
                Map.of("sku", "BOLT-8", "description", "Bolts", "quantity", "3", "unitPrice", "10.15",
                        "discountPercent", "5", "taxRate", "18"),
                Map.of("sku", "NUT-8", "quantity", "2.5", "unitPrice", "4.00"))))
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/sales-orders/SO\\d{6}"))
                .body("number", matchesPattern("SO\\d{6}"))
                .body("status", equalTo("APPROVED"))
                .body("currency", equalTo("INR"))
                .body("revision", equalTo(0))
                .body("lines", hasSize(2))
                .body("lines[0].net", equalTo("28.93"))
                .body("lines[0].tax", equalTo("5.21"))
                .body("lines[1].quantity", equalTo("2.5"))
                .body("lines[1].total", equalTo("10.00"))
                .body("totals.net", equalTo("38.93"))
                .body("totals.tax", equalTo("5.21"))
                .body("totals.total", equalTo("44.14"))
                .body("createdBy", equalTo("priya"));

        creditOf(customer).body("exposure", equalTo("44.14")).body("available", equalTo("99955.86"));
    }

    @Test
    void customerDataIsCopiedOntoTheOrder() {
        String customer = customers.create("INH", "INR", "0", "STOP");

        String number = placed(customer, "1", "100");

        Orders.get(number).statusCode(200)
                .body("customerName", equalTo("Acme " + customer))
                .body("inherited.paymentTerms", equalTo("NET30"))
                .body("inherited.salesman", equalTo("Asha Rao"))
                .body("inherited.defaults.billingAddress.line1", equalTo("12 MG Road"))
                .body("inherited.defaults.shippingAddress.pinCode", equalTo("560058"))
                .body("inherited.defaults.orderEmail", equalTo("orders@acme.example"))
                .body("inherited.defaults.paymentTermDays", equalTo(30))
                .body("inherited.defaults.inheritedCustomFields.region", equalTo("South"));
    }

    @Test
    void orderPlacedAndTheFirstDocumentArePublishedKeyedByTheCustomer() {
        String customer = customers.create("PUB", "EUR", "0", "STOP");

        String first = placed(customer, "2", "12.50");
        placed(customer, "1", "1.00");

        List<ConsumerRecord<String, String>> placedEvents = TestTopics.read(Topics.SALES_EVENTS,
                r -> customer.equals(r.key()) && r.value().contains("sales.order-placed.v1"), 2, Duration.ofSeconds(30));
        assertThat(placedEvents).hasSize(2);
        JsonPath event = JsonPath.from(placedEvents.get(0).value());
        assertThat(event.getString("data.number")).isEqualTo(first);
        assertThat(event.getString("data.status")).isEqualTo("APPROVED");
        assertThat(event.getString("data.totals.total")).isEqualTo("25.00");
        List<ConsumerRecord<String, String>> firsts = TestTopics.readAll(Topics.SALES_EVENTS,
                r -> customer.equals(r.key()) && r.value().contains("sales.customer-has-transactions.v1"),
                Duration.ofSeconds(3));
        assertThat(firsts).hasSize(1);
        assertThat(JsonPath.from(firsts.get(0).value()).getString("data.documentNumber")).isEqualTo(first);
    }

    @Test
    void ordersAreListedPerCustomerWithTheirTotal() {
        String customer = customers.create("LST", "EUR", "0", "STOP");
        String first = placed(customer, "1", "1.00");
        String second = placed(customer, "1", "2.00");

        given().auth().oauth2(Tokens.withRoles("viewer"))
                .when().get("/api/v1/sales-orders?customer={c}&size=10", customer)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.number", equalTo(List.of(first, second)))
                .body("size", equalTo(10));
    }

    @Test
    void unknownOrderIsNotFound() {
        Orders.get("SO999999999").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void viewerAndAccountsMayNotPlaceOrders() {
        for (String role : List.of("viewer", "accounts")) {
            given().auth().oauth2(Tokens.withRoles(role)).contentType(ContentType.JSON)
                    .body(order("ANY", line("1", "1")))
                    .when().post("/api/v1/sales-orders")
                    .then().statusCode(403);
        }
    }
}
