package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/**
 * Order, invoice and part payment in transaction-service end as the same figure in all three services once
 * the events are drained: the ledger's balance, the balance on the customer master and the exposure.
 */
class OrderToCashIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff admin = new Staff(stack, "admin");

    @Test
    void balanceExposureAndCustomerBalanceAgreeToTheCent() {
        String code = "O2C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        admin.createCustomer(code, "Order To Cash Traders", "INR", List.of("DOM"), "100000", "STOP")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.credit(code).statusCode() == 200);

        // 3 x 1234.56 less 5% = 3518.50 (3518.496), tax 18% = 633.33 (633.33 of 3518.50), total 4151.83
        Response order = admin.post(Service.TRANSACTION, "/api/v1/sales-orders", """
                {"customer": "%s", "lines": [{"sku": "RICE-25", "description": "Basmati rice", "quantity": "3",
                 "unitPrice": "1234.56", "discountPercent": "5", "taxRate": "18"}]}""".formatted(code));
        assertThat(order.statusCode()).as(order.asString()).isEqualTo(201);
        assertThat(order.<String>path("totals.total")).isEqualTo("4151.83");

        Response invoice = admin.post(Service.TRANSACTION, "/api/v1/invoices",
                "{\"salesOrder\": \"%s\"}".formatted(order.<String>path("number")));
        assertThat(invoice.statusCode()).as(invoice.asString()).isEqualTo(201);

        Response payment = admin.post(Service.TRANSACTION, "/api/v1/payments", """
                {"customer": "%s", "amount": "1000.00", "method": "BANK_TRANSFER", "reference": "UTR-1",
                 "allocations": [{"invoice": "%s", "amount": "1000.00"}]}"""
                .formatted(code, invoice.<String>path("number")));
        assertThat(payment.statusCode()).as(payment.asString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Response account = admin.get(Service.LEDGER, "/api/v1/customers/" + code + "/account");
            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(account.<String>path("balance")).isEqualTo("3151.83");
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(admin.customer(code).<String>path("balance.amount")).isEqualTo("3151.83"));
        assertThat(admin.credit(code).<String>path("exposure")).isEqualTo("3151.83");

        Response openItems = admin.get(Service.LEDGER, "/api/v1/customers/" + code + "/open-items");
        assertThat(openItems.statusCode()).isEqualTo(200);
        assertThat(openItems.asString()).contains(invoice.<String>path("number")).contains("3151.83");
    }
}
