package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Documents.post;
import static dev.tradebook.transaction.support.Orders.line;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.support.Documents;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PaymentAndRefundTest {

    private static final String PAYMENTS = "select count(*) from payment where customer_code = ?";

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Test
    void aPaymentLowersTheExposureAndSettlesTheInvoiceItNames() {
        String customer = customers.create("PAY", "EUR", "1000", "STOP");
        String invoice = invoice(customer, "500");

        post("payments", Map.of("customer", customer, "amount", "300.00", "method", "BANK_TRANSFER",
                "reference", "UTR123", "allocations", List.of(Map.of("invoice", invoice, "amount", "200.00"))))
                .statusCode(201)
                .body("number", matchesPattern("PAY\\d{6}"))
                .body("amount", equalTo("300.00"))
                .body("allocations[0].amount", equalTo("200.00"));

        creditOf(customer).body("exposure", equalTo("200.00"));
        Invoices.get(invoice).body("allocated", equalTo("200.00")).body("outstanding", equalTo("300.00"));
        String event = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && r.value().contains("sales.payment-received.v1"), 1, Duration.ofSeconds(30)).get(0).value();
        assertThat(JsonPath.from(event).getString("data.amount")).isEqualTo("300.00");
        assertThat(JsonPath.from(event).getString("data.allocations[0].invoice")).isEqualTo(invoice);
    }

    @Test
    void anAllocationAboveWhatIsOutstandingIsRefusedAndNothingIsWritten() throws SQLException {
        String customer = customers.create("PAYX", "EUR", "1000", "STOP");
        String invoice = invoice(customer, "100");

        post("payments", Map.of("customer", customer, "amount", "300.00", "method", "CASH",
                "allocations", List.of(Map.of("invoice", invoice, "amount", "100.01"))))
                .statusCode(422).body("type", endsWith("/allocation-exceeds-invoice"))
                .body("violations[0].field", equalTo("allocations[0].amount"));

        assertThat(rows.count(PAYMENTS, customer)).isZero();
        creditOf(customer).body("exposure", equalTo("100.00"));
    }

    @Test
    void aPaymentOfZeroIsRefusedOnItsAmount() throws SQLException {
        String customer = customers.create("PAY0", "EUR", "0", "STOP");

        post("payments", Map.of("customer", customer, "amount", "0.00", "method", "CASH"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("amount"));

        assertThat(rows.count(PAYMENTS, customer)).isZero();
    }

    @Test
    void morePaymentDecimalsThanTheCurrencyHasAreRefused() throws SQLException {
        String customer = customers.create("PAYJ", "JPY", "0", "STOP");

        post("payments", Map.of("customer", customer, "amount", "100.5", "method", "CARD"))
                .statusCode(400).body("violations[0].field", equalTo("amount"));

        assertThat(rows.count(PAYMENTS, customer)).isZero();
    }

    @Test
    void anInvoiceOfAnotherCustomerCannotBeAllocated() {
        String payer = customers.create("PAYA", "EUR", "0", "STOP");
        String other = customers.create("PAYB", "EUR", "0", "STOP");
        String invoice = invoice(other, "100");

        post("payments", Map.of("customer", payer, "amount", "50", "method", "CASH",
                "allocations", List.of(Map.of("invoice", invoice, "amount", "50"))))
                .statusCode(422).body("violations[0].field", equalTo("allocations[0].invoice"));
    }

    @Test
    void aRefundRaisesTheExposure() {
        String customer = customers.create("RFD", "EUR", "0", "STOP");

        String number = post("refunds", Map.of("customer", customer, "amount", "75.50", "method", "CHEQUE",
                "reference", "CHQ-9")).statusCode(201).extract().path("number");

        creditOf(customer).body("exposure", equalTo("75.50"));
        Documents.get("refunds/" + number).statusCode(200).body("reference", equalTo("CHQ-9"));
    }

    @Test
    void aRefundHasNoAllocations() {
        String customer = customers.create("RFDA", "EUR", "0", "STOP");

        post("refunds", Map.of("customer", customer, "amount", "1", "method", "CASH",
                "allocations", List.of(Map.of("invoice", "INV1", "amount", "1"))))
                .statusCode(400).body("violations[0].field", equalTo("allocations"));
    }

    @Test
    void aPaymentRetriedWithItsIdempotencyKeyIsRecordedOnce() throws SQLException {
        String customer = customers.create("PAYI", "EUR", "0", "STOP");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("customer", customer, "amount", "10", "method", "ONLINE");

        String first = given().auth().oauth2(Orders.ACCOUNTS).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/payments").then().statusCode(201).extract().path("number");
        given().auth().oauth2(Orders.ACCOUNTS).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/payments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("number", equalTo(first));

        assertThat(rows.count(PAYMENTS, customer)).isEqualTo(1);
        creditOf(customer).body("exposure", equalTo("-10.00"));
    }

    private static String invoice(String customer, String amount) {
        return Invoices.issue(Map.of("customer", customer, "lines", List.of(line("1", amount))))
                .statusCode(201).extract().path("number");
    }
}
