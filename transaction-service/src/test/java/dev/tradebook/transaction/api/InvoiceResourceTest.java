package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Invoices.issue;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.act;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.Settings;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class InvoiceResourceTest {

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Test
    void theWholeOrderIsInvoicedDueAfterThePaymentTermsAndTheExposureStays() {
        String customer = customers.create("INV", "EUR", "1000", "STOP");
        String order = placed(customer, "4", "100");

        String number = issue(Map.of("salesOrder", order)).statusCode(201)
                .body("salesOrder", equalTo(order))
                .body("totals.total", equalTo("400.00"))
                .body("lines", hasSize(1))
                .body("dueDate", equalTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .body("outstanding", equalTo("400.00"))
                .body("inherited.defaults.invoiceEmail", equalTo("invoices@acme.example"))
                .extract().path("number");

        Orders.get(order).body("status", equalTo("INVOICED")).body("invoiced", equalTo("400.00"));
        creditOf(customer).body("exposure", equalTo("400.00"));
        String event = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && r.value().contains("sales.invoice-issued.v1"), 1, Duration.ofSeconds(30)).get(0).value();
        assertThat(JsonPath.from(event).getString("data.number")).isEqualTo(number);
        assertThat(JsonPath.from(event).getString("data.salesOrder")).isEqualTo(order);
    }

    @Test
    void aPartialInvoiceLeavesTheRestForTheNext() {
        String customer = customers.create("PART", "EUR", "1000", "STOP");
        String order = placed(customer, "4", "100");

        issue(Map.of("salesOrder", order, "lines", List.of(line("1", "100")))).statusCode(201)
                .body("totals.total", equalTo("100.00"));
        Orders.get(order).body("status", equalTo("PARTIALLY_INVOICED"));

        issue(Map.of("salesOrder", order)).statusCode(201)
                .body("lines[0].quantity", equalTo("3"))
                .body("totals.total", equalTo("300.00"));
        Orders.get(order).body("status", equalTo("INVOICED"));
        creditOf(customer).body("exposure", equalTo("400.00"));
    }

    @Test
    void aPartialInvoiceMayNotExceedWhatIsLeft() {
        String customer = customers.create("OVER", "EUR", "1000", "STOP");
        String order = placed(customer, "2", "100");

        issue(Map.of("salesOrder", order, "lines", List.of(line("3", "100"))))
                .statusCode(422).body("type", endsWith("/invoice-exceeds-order"))
                .body("violations[0].field", equalTo("lines"));
        Orders.get(order).body("status", equalTo("APPROVED"));
    }

    @Test
    void aCancelledOrderIsNotInvoicedAndNothingIsWritten() throws SQLException {
        String customer = customers.create("CXINV", "EUR", "1000", "STOP");
        String order = placed(customer, "2", "100");
        act(SALES, order, "cancel", Map.of()).statusCode(200);
        long before = rows.count("select count(*) from invoice where customer_code = ?", customer);

        issue(Map.of("salesOrder", order)).statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"));

        assertThat(rows.count("select count(*) from invoice where customer_code = ?", customer)).isEqualTo(before);
    }

    @Test
    void aDirectInvoiceIsCheckedPerTheActionOnInvoice() {
        String customer = customers.create("DIR", "EUR", "500", "WARN");
        issue(Map.of("customer", customer, "lines", List.of(line("6", "100"))))
                .statusCode(422).body("type", endsWith("/credit-limit-warning"));

        issue(Map.of("customer", customer, "lines", List.of(line("6", "100")), "acknowledgeCreditWarning", true))
                .statusCode(201)
                .body("salesOrder", equalTo(null))
                .body("creditAcknowledgements[0].acknowledgedBy", equalTo("arjun"));
        creditOf(customer).body("exposure", equalTo("600.00"));
    }

    @Test
    void anInvoiceNamesEitherAnOrderOrACustomer() {
        issue(Map.of("lines", List.of(line("1", "1")))).statusCode(400).body("violations[0].field", equalTo("customer"));
        issue(Map.of("salesOrder", "SO1", "customer", "C1")).statusCode(400)
                .body("violations[0].field", equalTo("salesOrder"));
    }

    @Test
    void aPendingOrderIsNotInvoiced() {
        Settings.holdPolicy("ALLOW_PENDING_ORDERS");
        try {
            String customer = customers.create("PNDINV", "EUR", "0", "STOP");
            customers.manualHold(customer, "awaiting documents", 2);
            String order = placed(customer, "1", "1");

            issue(Map.of("salesOrder", order)).statusCode(422).body("type", endsWith("/illegal-transition"));
        } finally {
            Settings.holdPolicy("ALLOW_NOTHING");
        }
    }

    @Test
    void anUnknownOrderIsNotFound() {
        issue(Map.of("salesOrder", "SO-NONE")).statusCode(404).contentType("application/problem+json");
    }
}
