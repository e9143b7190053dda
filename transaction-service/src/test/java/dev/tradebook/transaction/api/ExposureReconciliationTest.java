package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Documents.post;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.act;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * ARCHITECTURE.md: exposure = what the ledger says is owed + approved orders not yet invoiced. The ledger
 * builds its balance from the sales events alone, so this test builds it the same way from what was
 * published and checks that it and the exposure this service keeps agree to the cent.
 */
@QuarkusTest
class ExposureReconciliationTest {

    private static final int DOCUMENTS = 9;

    @Inject
    TestCustomers customers;

    @Test
    void theLedgerBalanceFromTheEventsPlusOpenOrdersIsTheExposure() {
        String customer = customers.create("RECON", "INR", "0", "STOP");
        String order = placed(customer, "3", "333.33");
        Invoices.issue(Map.of("salesOrder", order, "lines", List.of(line("1", "333.33")))).statusCode(201);
        String cancelled = placed(customer, "1", "50");
        act(SALES, cancelled, "cancel", Map.of()).statusCode(200);
        String invoice = Invoices.issue(Map.of("customer", customer, "lines", List.of(Map.of("sku", "X",
                "quantity", "2", "unitPrice", "99.99", "discountPercent", "2.5", "taxRate", "18"))))
                .statusCode(201).extract().path("number");
        post("payments", Map.of("customer", customer, "amount", "100.10", "method", "CASH")).statusCode(201);
        post("refunds", Map.of("customer", customer, "amount", "7.77", "method", "CASH")).statusCode(201);
        post("credit-notes", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "12.34"))))
                .statusCode(201);
        post("cash-sales", Map.of("customer", customer, "lines", List.of(line("1", "40")), "method", "CARD"))
                .statusCode(201);

        List<JsonPath> events = TestTopics.read(Topics.SALES_EVENTS, r -> customer.equals(r.key())
                && !r.value().contains("customer-has-transactions"), DOCUMENTS, Duration.ofSeconds(30))
                .stream().map(r -> JsonPath.from(r.value())).toList();
        assertThat(events).hasSize(DOCUMENTS);

        BigDecimal ledgerBalance = BigDecimal.ZERO;
        BigDecimal openOrders = BigDecimal.ZERO;
        for (JsonPath event : events) {
            switch (event.getString("type")) {
                case "sales.invoice-issued.v1" -> {
                    ledgerBalance = ledgerBalance.add(amount(event, "data.totals.total"));
                    if (event.getString("data.salesOrder") != null) {
                        openOrders = openOrders.subtract(amount(event, "data.totals.total"));
                    }
                }
                case "sales.credit-note-issued.v1" -> ledgerBalance = ledgerBalance.subtract(amount(event, "data.totals.total"));
                case "sales.payment-received.v1" -> ledgerBalance = ledgerBalance.subtract(amount(event, "data.amount"));
                case "sales.refund-issued.v1" -> ledgerBalance = ledgerBalance.add(amount(event, "data.amount"));
                case "sales.order-placed.v1" -> openOrders = openOrders.add(amount(event, "data.totals.total"));
                case "sales.order-cancelled.v1" -> openOrders = openOrders.subtract(amount(event, "data.uninvoicedAmount"));
                case "sales.cash-sale-made.v1" -> { }
                default -> throw new AssertionError("unexpected event " + event.getString("type"));
            }
        }

        // 999.99 ordered, 333.33 of it invoiced; 194.98 + 35.10 tax = 230.08 invoiced directly
        assertThat(openOrders).isEqualByComparingTo("666.66");
        assertThat(ledgerBalance).isEqualByComparingTo("458.74");
        String exposure = creditOf(customer).extract().path("exposure");
        assertThat(new BigDecimal(exposure)).isEqualByComparingTo(ledgerBalance.add(openOrders));
    }

    private static BigDecimal amount(JsonPath event, String path) {
        return new BigDecimal(event.getString(path));
    }
}
