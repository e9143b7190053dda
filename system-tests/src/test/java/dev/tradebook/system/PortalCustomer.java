package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/**
 * A customer with a portal user and something in every portal list: an invoiced order (invoice of 1000.00),
 * an open order, a quote sent to it and one contact. Credit limit 5000.00, STOP.
 */
record PortalCustomer(String code, String username, long contact, String invoice, String order, String quote) {

    static PortalCustomer create(LocalStack stack, Staff admin, String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response customer = admin.post(Service.CUSTOMER, "/api/v1/customers", """
                {"code": "%s", "name": "Portal %s", "type": "DEALER", "currency": "INR", "creditLimit": "5000",
                 "creditActionOnOrder": "STOP", "debtorAccountGroups": ["DOM"],
                 "contacts": [{"name": "Buyer %s", "email": "buyer@%s.example", "mobile": "9000000000"}]}"""
                .formatted(code, code, code, code.toLowerCase()));
        assertThat(customer.statusCode()).as(customer.asString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.credit(code).statusCode() == 200);

        String order = created(admin, "/api/v1/sales-orders", order(code, "1000.00"));
        String invoice = created(admin, "/api/v1/invoices", "{\"salesOrder\": \"%s\"}".formatted(order));
        String open = created(admin, "/api/v1/sales-orders", order(code, "200.00"));
        String quote = created(admin, "/api/v1/quotes", order(code, "300.00"));
        assertThat(admin.post(Service.TRANSACTION, "/api/v1/quotes/" + quote + "/send", "{}").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "1000.00".equals(admin.get(Service.LEDGER, "/api/v1/customers/" + code + "/account").path("balance")));

        String username = "portal-" + code.toLowerCase();
        new KeycloakUsers(stack).createPortalUser(username, code);
        return new PortalCustomer(code, username, customer.<Integer>path("contacts[0].id"), invoice, open, quote);
    }

    private static String order(String code, String price) {
        return """
                {"customer": "%s", "lines": [{"sku": "RICE-25", "description": "Basmati rice", "quantity": "1",
                 "unitPrice": "%s"}]}""".formatted(code, price);
    }

    private static String created(Staff admin, String path, String body) {
        Response response = admin.post(Service.TRANSACTION, path, body);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.path("number");
    }
}
