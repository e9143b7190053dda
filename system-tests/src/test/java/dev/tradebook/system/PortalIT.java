package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/** A portal user logs in to Keycloak and works with its own customer through portal-gateway only. */
class PortalIT {

    private static final LocalStack STACK = SystemStack.get();
    private static final Staff ADMIN = new Staff(STACK, "admin");
    private static final PortalCustomer OWN = PortalCustomer.create(STACK, ADMIN, "PIT");

    private final PortalUser portal = new PortalUser(STACK, OWN.username());

    @Test
    void seesItsProfileWithoutTheCreditTerms() {
        Response me = portal.get("/me");

        assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
        assertThat(me.<String>path("code")).isEqualTo(OWN.code());
        assertThat(me.<String>path("contacts[0].name")).isEqualTo("Buyer " + OWN.code());
        assertThat(me.<Object>path("creditLimit")).isNull();
    }

    @Test
    void changesAContactsDetails() {
        Response changed = portal.patch("/me/contacts/" + OWN.contact(), "{\"mobile\": \"9123456789\"}");

        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.<String>path("mobile")).isEqualTo("9123456789");
        assertThat(ADMIN.customer(OWN.code()).<String>path("contacts[0].mobile")).isEqualTo("9123456789");
        assertThat(ADMIN.customer(OWN.code()).<String>path("contacts[0].name")).isEqualTo("Buyer " + OWN.code());
    }

    @Test
    void listsAndReadsItsInvoices() {
        Response invoices = portal.get("/invoices");
        Response invoice = portal.get("/invoices/" + OWN.invoice());

        assertThat(invoices.statusCode()).as(invoices.asString()).isEqualTo(200);
        assertThat(invoices.<List<String>>path("items.number")).containsExactly(OWN.invoice());
        assertThat(invoice.<String>path("customer")).isEqualTo(OWN.code());
        assertThat(invoice.<String>path("totals.total")).isEqualTo("1000.00");
    }

    @Test
    void paysAnInvoiceWithTheProcessorsReference() {
        BigDecimal before = new BigDecimal(portal.get("/invoices/" + OWN.invoice()).<String>path("outstanding"));

        Response paid = portal.post("/invoices/" + OWN.invoice() + "/payments",
                "{\"amount\": \"100.00\", \"method\": \"CARD\", \"reference\": \"pi_portal_1\"}");

        assertThat(paid.statusCode()).as(paid.asString()).isEqualTo(201);
        assertThat(paid.<String>path("reference")).isEqualTo("pi_portal_1");
        assertThat(new BigDecimal(portal.get("/invoices/" + OWN.invoice()).<String>path("outstanding")))
                .isEqualByComparingTo(before.subtract(new BigDecimal("100.00")));
    }

    @Test
    void acceptsAQuoteSentToIt() {
        assertThat(portal.get("/quotes").<List<String>>path("items.number")).containsExactly(OWN.quote());

        Response accepted = portal.post("/quotes/" + OWN.quote() + "/accept", "{}");

        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
        assertThat(accepted.<String>path("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void placesAnOrderFromItsCart() {
        Response placed = portal.post("/orders", """
                {"lines": [{"sku": "TEA-10", "description": "Assam tea", "quantity": "2", "unitPrice": "50.00",
                 "taxRate": "18"}]}""");

        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        assertThat(placed.<String>path("customer")).isEqualTo(OWN.code());
        assertThat(placed.<String>path("totals.total")).isEqualTo("118.00");
        assertThat(portal.get("/orders?size=500").<List<String>>path("items.number"))
                .contains(placed.<String>path("number"), OWN.order());
    }

    @Test
    void anOrderOverItsCreditLimitIsRefusedAsTheServiceRefusesIt() {
        Response refused = portal.post("/orders",
                "{\"lines\": [{\"sku\": \"DRILL-13\", \"quantity\": \"10\", \"unitPrice\": \"1000.00\"}]}");

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).endsWith("/credit-limit-exceeded");
        assertThat(refused.<String>path("limit")).isEqualTo("5000.00");
    }

    @Test
    void seesItsAccountPositionAndStatement() {
        Response account = portal.get("/account");
        Response statement = portal.get("/statement");

        assertThat(account.statusCode()).as(account.asString()).isEqualTo(200);
        assertThat(account.<String>path("customer")).isEqualTo(OWN.code());
        assertThat(account.<String>path("currency")).isEqualTo("INR");
        assertThat(account.<String>path("creditLimit")).isEqualTo("5000.00");
        assertThat(account.<Boolean>path("onHold")).isFalse();
        assertThat(new BigDecimal(account.<String>path("availableCredit"))).isLessThan(new BigDecimal("5000.00"));
        assertThat(statement.statusCode()).as(statement.asString()).isEqualTo(200);
        assertThat(statement.<String>path("customer")).isEqualTo(OWN.code());
        assertThat(statement.asString()).contains(OWN.invoice());
    }

    @Test
    void theServicesThemselvesAnswerItsOwnData() {
        assertThat(portal.getFrom(Service.LEDGER, "/api/v1/customers/" + OWN.code() + "/account").statusCode())
                .isEqualTo(200);
        assertThat(portal.getFrom(Service.CUSTOMER, "/api/v1/customers").statusCode()).isEqualTo(403);
    }
}
