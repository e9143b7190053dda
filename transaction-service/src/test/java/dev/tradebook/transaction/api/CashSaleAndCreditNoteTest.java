package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Documents.post;
import static dev.tradebook.transaction.support.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.Documents;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.Settings;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CashSaleAndCreditNoteTest {

    private static final String CREDIT_NOTES = "select count(*) from credit_note where customer_code = ?";

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Test
    void aCashSaleLeavesTheExposureAlone() {
        String customer = customers.create("CASH", "EUR", "100", "STOP");

        String number = post("cash-sales", Map.of("customer", customer, "lines", List.of(line("5", "100")),
                "method", "CARD", "reference", "POS-1"))
                .statusCode(201).body("totals.total", equalTo("500.00")).extract().path("number");

        creditOf(customer).body("exposure", equalTo("0.00"));
        Documents.get("cash-sales/" + number).statusCode(200).body("method", equalTo("CARD"));
    }

    @Test
    void aCustomerOnHoldGetsACashSaleOnlyUnderACashSalePolicy() {
        String customer = customers.create("CSHOLD", "EUR", "0", "STOP");
        customers.manualHold(customer, "overdue", 2);
        Map<String, Object> sale = Map.of("customer", customer, "lines", List.of(line("1", "10")), "method", "CASH");

        post("cash-sales", sale).statusCode(422).body("type", endsWith("/customer-on-hold"));

        Settings.holdPolicy("ALLOW_CASH_SALES");
        try {
            post("cash-sales", sale).statusCode(201);
        } finally {
            Settings.holdPolicy("ALLOW_NOTHING");
        }
    }

    @Test
    void aCreditNoteLowersTheExposureAndWhatIsLeftOnItsInvoice() {
        String customer = customers.create("CN", "EUR", "0", "STOP");
        String invoice = invoice(customer, "400");

        post("credit-notes", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "150"))))
                .statusCode(201).body("invoice", equalTo(invoice)).body("totals.total", equalTo("150.00"));

        creditOf(customer).body("exposure", equalTo("250.00"));
        Invoices.get(invoice).body("credited", equalTo("150.00")).body("outstanding", equalTo("250.00"));
    }

    @Test
    void aCreditNoteAboveWhatIsLeftIsRefusedAndNothingIsWritten() throws SQLException {
        String customer = customers.create("CNX", "EUR", "0", "STOP");
        String invoice = invoice(customer, "400");
        post("credit-notes", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "300"))))
                .statusCode(201);

        post("credit-notes", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "100.01"))))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/credit-exceeds-invoice"))
                .body("violations[0].field", equalTo("lines"));

        assertThat(rows.count(CREDIT_NOTES, customer)).isEqualTo(1);
        creditOf(customer).body("exposure", equalTo("100.00"));
    }

    @Test
    void aStandaloneCreditNoteNeedsNoInvoice() {
        String customer = customers.create("CNS", "EUR", "0", "STOP");

        post("credit-notes", Map.of("customer", customer, "lines", List.of(line("1", "20"))))
                .statusCode(201).body("invoice", equalTo(null));

        creditOf(customer).body("exposure", equalTo("-20.00"));
    }

    @Test
    void anInvoiceOfAnotherCustomerCannotBeCredited() {
        String customer = customers.create("CNA", "EUR", "0", "STOP");
        String invoice = invoice(customers.create("CNB", "EUR", "0", "STOP"), "100");

        post("credit-notes", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "1"))))
                .statusCode(422).body("violations[0].field", equalTo("invoice"));
    }

    private static String invoice(String customer, String amount) {
        return Invoices.issue(Map.of("customer", customer, "lines", List.of(line("1", amount))))
                .statusCode(201).extract().path("number");
    }
}
