package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A portal user (role customer) reads its own customer and changes its contacts; another's is 404. */
@QuarkusTest
class PortalCallerTest {

    private static final String CONTACT = "{\"name\": \"Ravi Sharma\", \"mobile\": \"+919876543210\"}";

    @Test
    void readsItsOwnCustomer() {
        String code = createMinimal("PC");

        given().auth().oauth2(Tokens.forCustomer(code)).when().get("/api/v1/customers/" + code)
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void anotherCustomerIsNotFound() {
        String own = createMinimal("PC");
        String other = createMinimal("PC");

        given().auth().oauth2(Tokens.forCustomer(own)).when().get("/api/v1/customers/" + other)
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        given().auth().oauth2(Tokens.forCustomer(own)).when().get("/api/v1/customers/" + other + "/contacts")
                .then().statusCode(404);
    }

    @Test
    void aTokenWithoutItsCustomerIsForbidden() {
        String code = createMinimal("PC");

        given().auth().oauth2(Tokens.withRoles("customer")).when().get("/api/v1/customers/" + code)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/customer-claim-missing"));
    }

    @Test
    void changesItsOwnContactButNotAnothers() {
        String own = createMinimal("PC");
        String other = createMinimal("PC");
        long ownContact = addContact(own);
        long otherContact = addContact(other);

        given().auth().oauth2(Tokens.forCustomer(own)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\": \"Ravi Sharma\", \"mobile\": \"+919000000001\"}")
                .when().put("/api/v1/customers/" + own + "/contacts/" + ownContact)
                .then().statusCode(200).body("mobile", equalTo("+919000000001"));
        given().auth().oauth2(Tokens.forCustomer(own)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(CONTACT).when().put("/api/v1/customers/" + other + "/contacts/" + otherContact)
                .then().statusCode(404);
    }

    @Test
    void stillCannotSearchOrCreateCustomers() {
        given().auth().oauth2(Tokens.forCustomer("PC000001")).when().get("/api/v1/customers")
                .then().statusCode(403);
    }

    private static long addContact(String code) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CONTACT)
                .when().post("/api/v1/customers/" + code + "/contacts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
