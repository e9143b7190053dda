package dev.tradebook.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What the gateway decides by itself, before any service is asked: who may use the portal, and that nothing
 * a portal user sends can name another customer or change more than contact details.
 */
@QuarkusTest
class PortalAccessTest {

    private static final String OWN = Tokens.forCustomer("DEMOA");

    @Test
    void withoutATokenIsUnauthorized() {
        given().when().get("/portal/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void staffAreNotPortalUsers() {
        given().auth().oauth2(Tokens.withRoles("sales-admin")).when().get("/portal/v1/me")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPortalTokenWithoutItsCustomerIsForbidden() {
        given().auth().oauth2(Tokens.withRoles("customer")).when().get("/portal/v1/invoices")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/customer-claim-missing"));
    }

    @Test
    void aListFilterNamingAnotherCustomerIsNotFound() {
        for (String path : new String[] {"/portal/v1/invoices", "/portal/v1/quotes", "/portal/v1/orders",
                "/portal/v1/statement"}) {
            given().auth().oauth2(OWN).queryParam("customer", "DEMOB").when().get(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", endsWith("/not-found")).body("detail", equalTo("Customer DEMOB does not exist"));
        }
    }

    @Test
    void onlyContactDetailsCanChange() {
        given().auth().oauth2(OWN).contentType("application/merge-patch+json")
                .body("{\"mobile\": \"9876543210\", \"creditLimit\": \"1000000\"}")
                .when().patch("/portal/v1/me/contacts/1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("creditLimit"));
    }

    @Test
    void anEmptyCartIsRefusedNamingItsLines() {
        given().auth().oauth2(OWN).contentType(ContentType.JSON).body("{\"lines\": []}")
                .when().post("/portal/v1/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(endsWith("lines")));
    }

    @Test
    void aCartCannotNameTheCustomer() {
        given().auth().oauth2(OWN).contentType(ContentType.JSON)
                .body("{\"customer\": \"DEMOB\", \"lines\": [{\"sku\": \"A\", \"quantity\": \"1\", \"unitPrice\": \"1\"}]}")
                .when().post("/portal/v1/orders")
                .then().statusCode(400).body("violations.field", hasItem("customer"));
    }

    @Test
    void aPaymentNeedsTheProcessorsReferenceAndAPortalMethod() {
        given().auth().oauth2(OWN).contentType(ContentType.JSON).body("{\"amount\": \"10.00\", \"method\": \"CASH\"}")
                .when().post("/portal/v1/invoices/INV000001/payments")
                .then().statusCode(400).body("violations.field", hasItem(endsWith("method")))
                .body("violations.field", hasItem(endsWith("reference")));
    }
}
