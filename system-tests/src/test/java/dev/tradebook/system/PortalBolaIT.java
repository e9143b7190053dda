package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/**
 * Broken object-level authorisation: customer A's real token against every portal endpoint that takes an id
 * or a filter, with customer B's ids, is 404 and changes nothing of B's; with A's own it is 200 with A's values.
 */
class PortalBolaIT {

    private static final LocalStack STACK = SystemStack.get();
    private static final Staff ADMIN = new Staff(STACK, "admin");
    private static final PortalCustomer A = PortalCustomer.create(STACK, ADMIN, "BOLA");
    private static final PortalCustomer B = PortalCustomer.create(STACK, ADMIN, "BOLB");

    private final PortalUser a = new PortalUser(STACK, A.username());

    @Test
    void anotherCustomersInvoiceCannotBeReadOrPaid() {
        notFound(a.get("/invoices/" + B.invoice()));
        notFound(a.post("/invoices/" + B.invoice() + "/payments",
                "{\"amount\": \"1.00\", \"method\": \"CARD\", \"reference\": \"pi_bola\"}"));

        assertThat(ADMIN.get(Service.TRANSACTION, "/api/v1/invoices/" + B.invoice()).<String>path("outstanding"))
                .isEqualTo("1000.00");
    }

    @Test
    void anotherCustomersQuoteCannotBeAccepted() {
        notFound(a.post("/quotes/" + B.quote() + "/accept", "{}"));

        assertThat(ADMIN.get(Service.TRANSACTION, "/api/v1/quotes/" + B.quote()).<String>path("status"))
                .isEqualTo("SENT");
    }

    @Test
    void anotherCustomersContactCannotBeChanged() {
        notFound(a.patch("/me/contacts/" + B.contact(), "{\"mobile\": \"9999999999\"}"));

        assertThat(ADMIN.customer(B.code()).<String>path("contacts[0].mobile")).isEqualTo("9000000000");
    }

    @Test
    void listFiltersNamingAnotherCustomerAreNotFound() {
        for (String list : List.of("/invoices", "/quotes", "/orders", "/statement")) {
            notFound(a.get(list + "?customer=" + B.code()));
        }
    }

    @Test
    void theServicesRefuseAnotherCustomerToTheSameToken() {
        notFound(a.getFrom(Service.CUSTOMER, "/api/v1/customers/" + B.code()));
        notFound(a.getFrom(Service.TRANSACTION, "/api/v1/sales-orders/" + B.order()));
        notFound(a.getFrom(Service.TRANSACTION, "/api/v1/customers/" + B.code() + "/transactions"));
        notFound(a.getFrom(Service.LEDGER, "/api/v1/customers/" + B.code() + "/statement"));
        notFound(a.getFrom(Service.LEDGER, "/api/v1/customers/" + B.code() + "/account"));
    }

    @Test
    void itsOwnAreAnsweredWithItsOwnValues() {
        Response invoice = a.get("/invoices/" + A.invoice());
        Response invoices = a.get("/invoices?customer=" + A.code());
        Response statement = a.get("/statement?customer=" + A.code());

        assertThat(invoice.statusCode()).isEqualTo(200);
        assertThat(invoice.<String>path("customer")).isEqualTo(A.code());
        assertThat(invoices.<List<String>>path("items.number")).containsExactly(A.invoice());
        assertThat(statement.<String>path("customer")).isEqualTo(A.code());
        assertThat(a.get("/orders").<List<String>>path("items.customer")).containsOnly(A.code());
        assertThat(a.get("/quotes").<List<String>>path("items.number")).containsExactly(A.quote());
        assertThat(a.get("/me").<String>path("code")).isEqualTo(A.code());
    }

    private static void notFound(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
