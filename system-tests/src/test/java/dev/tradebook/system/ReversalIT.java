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
 * A journal entry reversed in the ledger moves transaction-service's exposure too (ledger.entry-reversed.v1):
 * afterwards the ledger's balance, the exposure and the balance on the customer master agree to the cent.
 */
class ReversalIT {

    private static final Duration DRAINED = Duration.ofSeconds(60);

    private final LocalStack stack = SystemStack.get();
    private final Staff admin = new Staff(stack, "admin");

    @Test
    void reversingAnInvoicesEntryLowersAllThreeFigures() {
        String code = customer("REVI");
        String invoice = invoiced(code);
        awaitAgreement(code, "1180.00");

        reverse(entryOf(code, "INVOICE", invoice));

        awaitAgreement(code, "0.00");
    }

    @Test
    void reversingAPaymentsEntryRaisesAllThreeFigures() {
        String code = customer("REVP");
        String invoice = invoiced(code);
        Response payment = admin.post(Service.TRANSACTION, "/api/v1/payments", """
                {"customer": "%s", "amount": "1000.00", "method": "BANK_TRANSFER", "reference": "UTR-REV",
                 "allocations": [{"invoice": "%s", "amount": "1000.00"}]}""".formatted(code, invoice));
        assertThat(payment.statusCode()).as(payment.asString()).isEqualTo(201);
        awaitAgreement(code, "180.00");

        reverse(entryOf(code, "PAYMENT", payment.path("number")));

        awaitAgreement(code, "1180.00");
    }

    private String customer(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response created = admin.createCustomer(code, "Reversal Traders", "INR", List.of("DOM"), "100000", "STOP");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        await().atMost(DRAINED).until(() -> admin.credit(code).statusCode() == 200);
        return code;
    }

    /** An order of 1000.00 plus 18% tax, invoiced: 1180.00 owed. */
    private String invoiced(String code) {
        Response order = admin.post(Service.TRANSACTION, "/api/v1/sales-orders", """
                {"customer": "%s", "lines": [{"sku": "OIL-15", "description": "Groundnut oil", "quantity": "2",
                 "unitPrice": "500.00", "discountPercent": "0", "taxRate": "18"}]}""".formatted(code));
        assertThat(order.statusCode()).as(order.asString()).isEqualTo(201);
        Response invoice = admin.post(Service.TRANSACTION, "/api/v1/invoices",
                "{\"salesOrder\": \"%s\"}".formatted(order.<String>path("number")));
        assertThat(invoice.statusCode()).as(invoice.asString()).isEqualTo(201);
        return invoice.path("number");
    }

    /** The ledger's entry that posted the document, once it has. */
    private String entryOf(String code, String kind, String document) {
        String path = "items.find { it.kind == '" + kind + "' && it.document == '" + document + "' }.journalEntry";
        await().atMost(DRAINED).until(() -> admin.get(Service.LEDGER, "/api/v1/customers/" + code + "/entries?size=500")
                .jsonPath().getString(path) != null);
        return admin.get(Service.LEDGER, "/api/v1/customers/" + code + "/entries?size=500").jsonPath().getString(path);
    }

    private void reverse(String entry) {
        Response reversal = admin.post(Service.LEDGER, "/api/v1/journal-entries/" + entry + "/reversal",
                "{\"reason\": \"posted in error\"}");
        assertThat(reversal.statusCode()).as(reversal.asString()).isEqualTo(201);
    }

    /** The ledger's balance, the customer master's balance and the exposure (no open orders) all equal {@code owed}. */
    private void awaitAgreement(String code, String owed) {
        await().atMost(DRAINED).untilAsserted(() -> {
            assertThat(admin.get(Service.LEDGER, "/api/v1/customers/" + code + "/account").<String>path("balance"))
                    .isEqualTo(owed);
            assertThat(admin.customer(code).<String>path("balance.amount")).isEqualTo(owed);
            assertThat(admin.credit(code).<String>path("exposure")).isEqualTo(owed);
        });
    }
}
