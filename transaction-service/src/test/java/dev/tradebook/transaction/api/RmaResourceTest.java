package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Documents.post;
import static dev.tradebook.transaction.support.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.support.Documents;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RmaResourceTest {

    @Inject
    TestCustomers customers;

    @Test
    void aReturnIsAuthorisedReceivedAndCreditedAgainstItsInvoice() {
        String customer = customers.create("RMA", "EUR", "0", "STOP");
        String invoice = invoice(customer, "300");
        String rma = post("rmas", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "120"))))
                .statusCode(201).body("status", equalTo("AUTHORISED")).extract().path("number");

        post("rmas/" + rma + "/receive", Map.of()).statusCode(200).body("status", equalTo("RECEIVED"));
        String note = post("rmas/" + rma + "/credit-note", Map.of()).statusCode(200)
                .body("status", equalTo("CREDITED"))
                .body("creditNote", matchesPattern("CN\\d{6}"))
                .extract().path("creditNote");

        Documents.get("credit-notes/" + note).body("rma", equalTo(rma)).body("invoice", equalTo(invoice))
                .body("totals.total", equalTo("120.00"));
        creditOf(customer).body("exposure", equalTo("180.00"));
        String received = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && r.value().contains("sales.rma-received.v1"), 1, Duration.ofSeconds(30)).get(0).value();
        assertThat(JsonPath.from(received).getString("data.invoice")).isEqualTo(invoice);
    }

    @Test
    void aReturnIsCreditedOnlyOnceItIsReceived() {
        String customer = customers.create("RMAX", "EUR", "0", "STOP");
        String rma = post("rmas", Map.of("invoice", invoice(customer, "50"), "customer", customer,
                "lines", List.of(line("1", "50")))).statusCode(201).extract().path("number");

        post("rmas/" + rma + "/credit-note", Map.of()).statusCode(422).body("type", endsWith("/illegal-transition"));
        creditOf(customer).body("exposure", equalTo("50.00"));
    }

    @Test
    void aReturnNamesAnInvoiceOfItsCustomer() {
        String customer = customers.create("RMAI", "EUR", "0", "STOP");
        String other = invoice(customers.create("RMAO", "EUR", "0", "STOP"), "10");

        post("rmas", Map.of("invoice", other, "customer", customer, "lines", List.of(line("1", "10"))))
                .statusCode(422).body("violations[0].field", equalTo("invoice"));
    }

    private static String invoice(String customer, String amount) {
        return Invoices.issue(Map.of("customer", customer, "lines", List.of(line("1", amount))))
                .statusCode(201).extract().path("number");
    }
}
