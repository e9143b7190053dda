package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** /customers/{code}/contacts[/{id}]: contacts one by one, each write a new version of the customer. */
@QuarkusTest
class ContactResourceTest {

    private static final String RAVI = "{\"name\": \"Ravi Sharma\", \"email\": \"ravi@sharma.example\", \"mobile\": \"+919876543210\"}";

    @Test
    void aPostedContactIsAddedToTheCustomerAtTheNextVersion() {
        String code = createMinimal("CT");

        long id = post(code, "\"0\"", RAVI).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Ravi Sharma"))
                .body("email", equalTo("ravi@sharma.example"))
                .extract().jsonPath().getLong("id");

        post(code, "\"1\"", "{\"name\": \"Meena Rao\"}").then().statusCode(201)
                .header("Location", endsWith("/api/v1/customers/" + code + "/contacts/" + id(code, 1)));
        Customers.get(code).then().body("contacts[0].id", equalTo((int) id)).body("contacts.name", contains("Ravi Sharma", "Meena Rao"));
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/" + code + "/contacts/" + id)
                .then().statusCode(200).body("mobile", equalTo("+919876543210"));
        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/contacts")
                .then().statusCode(200).body("items.name", contains("Ravi Sharma", "Meena Rao")).body("total", equalTo(2));
    }

    @Test
    void aPutReplacesTheContactAndIsInTheHistory() {
        String code = createMinimal("CT");
        long id = post(code, "\"0\"", RAVI).then().statusCode(201).extract().jsonPath().getLong("id");

        put(code, id, "\"1\"", "{\"name\": \"Ravi S. Sharma\", \"designation\": \"Director\"}")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("id", equalTo((int) id)).body("designation", equalTo("Director")).body("email", nullValue());

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].changedBy", equalTo("priya"))
                .body("items[0].changes[0].field", equalTo("contacts"))
                .body("items[0].changes[0].before[0].name", equalTo("Ravi Sharma"))
                .body("items[0].changes[0].after[0].name", equalTo("Ravi S. Sharma"));
    }

    @Test
    void aDeletedContactIsGone() {
        String code = createMinimal("CT");
        long id = post(code, "\"0\"", RAVI).then().statusCode(201).extract().jsonPath().getLong("id");

        delete(code, id, "\"1\"").then().statusCode(204).header("ETag", "\"2\"");

        Customers.get(code).then().body("contacts", empty());
        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/contacts/" + id).then().statusCode(404);
    }

    @Test
    void anUnknownContactIsNotFound() {
        String code = createMinimal("CT");

        put(code, 999_999_999L, "\"0\"", RAVI).then().statusCode(404);
        delete(code, 999_999_999L, "\"0\"").then().statusCode(404);
    }

    @Test
    void aBadContactIsRefusedWithTheField() {
        String code = createMinimal("CT");

        post(code, "\"0\"", "{\"name\": \"Ravi\", \"email\": \"not-an-email\", \"mobile\": \"" + "9".repeat(16) + "\"}")
                .then().statusCode(400).body("violations.field", contains("email", "mobile"));
        post(code, "\"0\"", "{\"email\": \"ravi@sharma.example\"}")
                .then().statusCode(400).body("violations.field", contains("name"));
    }

    @Test
    void writesNeedTheCurrentVersionOfTheCustomer() {
        String code = createMinimal("CT");

        post(code, null, RAVI).then().statusCode(428);
        post(code, "\"7\"", RAVI).then().statusCode(412);
    }

    @Test
    void aViewerMayNotAddContacts() {
        String code = createMinimal("CT");

        given().auth().oauth2(Tokens.withRoles("viewer")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(RAVI).when().post("/api/v1/customers/" + code + "/contacts").then().statusCode(403);
    }

    @Test
    void theContactsOfAnUnknownCustomerAreNotFound() {
        given().auth().oauth2(SALES).when().get("/api/v1/customers/NO-SUCH-CT/contacts")
                .then().statusCode(404);
    }

    private static long id(String code, int index) {
        return Customers.get(code).then().extract().jsonPath().getLong("contacts[" + index + "].id");
    }

    static Response post(String code, String ifMatch, String body) {
        return Customers.write("POST", "/api/v1/customers/" + code + "/contacts", ifMatch, body);
    }

    private static Response put(String code, long id, String ifMatch, String body) {
        return Customers.write("PUT", "/api/v1/customers/" + code + "/contacts/" + id, ifMatch, body);
    }

    private static Response delete(String code, long id, String ifMatch) {
        return Customers.write("DELETE", "/api/v1/customers/" + code + "/contacts/" + id, ifMatch, null);
    }
}
