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
 * An invoice past the credit limit makes the ledger hold the customer; the hold reaches the customer master
 * and transaction-service, which then refuses orders; the payment releases it everywhere.
 */
class CreditHoldFlowIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff admin = new Staff(stack, "admin");

    @Test
    void ledgerHoldStopsOrdersUntilThePaymentReleasesIt() {
        admin.put(Service.LEDGER, "/api/v1/credit-control",
                "{\"mode\": \"CREDIT_LIMIT\", \"graceDays\": 0, \"minimumOverdueAmount\": \"0.00\"}")
                .then().statusCode(200);
        String code = "HOLD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        admin.createCustomer(code, "Credit Hold Traders", "INR", List.of("DOM"), "1000", "WARN").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.credit(code).statusCode() == 200);

        Response invoice = admin.post(Service.TRANSACTION, "/api/v1/invoices", """
                {"customer": "%s", "acknowledgeCreditWarning": true,
                 "lines": [{"sku": "OIL-15", "quantity": "1", "unitPrice": "1500.00"}]}""".formatted(code));
        assertThat(invoice.statusCode()).as(invoice.asString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(admin.customer(code).<List<String>>path("holdReasons")).containsExactly("CREDIT_LIMIT");
            assertThat(admin.credit(code).<List<String>>path("holdReasons")).containsExactly("CREDIT_LIMIT");
        });
        Response refused = admin.post(Service.TRANSACTION, "/api/v1/sales-orders", order(code));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.<String>path("type")).endsWith("/customer-on-hold");

        admin.post(Service.TRANSACTION, "/api/v1/payments", """
                {"customer": "%s", "amount": "1500.00", "method": "CHEQUE", "reference": "CHQ 1"}""".formatted(code))
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(admin.customer(code).<Boolean>path("onHold")).isFalse();
            assertThat(admin.credit(code).<Boolean>path("onHold")).isFalse();
        });
        Response accepted = admin.post(Service.TRANSACTION, "/api/v1/sales-orders", order(code));
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(201);
    }

    private static String order(String code) {
        return """
                {"customer": "%s", "lines": [{"sku": "TEA-10", "quantity": "1", "unitPrice": "100.00"}]}""".formatted(code);
    }
}
