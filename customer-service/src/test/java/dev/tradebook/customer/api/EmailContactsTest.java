package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** PUT /customers/{code}/email-contacts: which contacts get the customer's sales orders and invoices. */
@QuarkusTest
class EmailContactsTest {

    @Test
    void contactsAreChosenForOrdersAndInvoices() {
        String code = createMinimal("EM");
        long ravi = addContact(code, "\"0\"", "Ravi");
        long meena = addContact(code, "\"1\"", "Meena");

        choose(code, "\"2\"", "{\"orderEmailContact\": %d, \"invoiceEmailContact\": %d}".formatted(ravi, meena))
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("orderEmailContact", equalTo((int) ravi))
                .body("invoiceEmailContact", equalTo((int) meena));

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].changes[0].field", equalTo("emailContacts"))
                .body("items[0].changes[0].before.orderEmailContact", nullValue())
                .body("items[0].changes[0].after.orderEmailContact", equalTo((int) ravi))
                .body("items[0].changes[0].after.invoiceEmailContact", equalTo((int) meena));
    }

    @Test
    void aContactOfAnotherCustomerIsRefused() {
        String other = createMinimal("EM");
        long stranger = addContact(other, "\"0\"", "Stranger");
        String code = createMinimal("EM");

        choose(code, "\"0\"", "{\"orderEmailContact\": %d, \"invoiceEmailContact\": 424242424}".formatted(stranger))
                .then().statusCode(422).body("violations.field", contains("orderEmailContact", "invoiceEmailContact"));
    }

    @Test
    void removingAChosenContactSendsTheDocumentsToTheCustomersEmailAgain() {
        String code = createMinimal("EM");
        long ravi = addContact(code, "\"0\"", "Ravi");
        choose(code, "\"1\"", "{\"orderEmailContact\": %d}".formatted(ravi)).then().statusCode(200);

        given().auth().oauth2(SALES).header("If-Match", "\"2\"")
                .when().delete("/api/v1/customers/" + code + "/contacts/" + ravi).then().statusCode(204);

        Customers.get(code).then().body("orderEmailContact", nullValue());
        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].changes.field", contains("contacts", "emailContacts"))
                .body("items[0].changes[1].before.orderEmailContact", equalTo((int) ravi))
                .body("items[0].changes[1].after.orderEmailContact", nullValue());
    }

    @Test
    void theOptionsAreReadOnlyInTheCustomerBody() {
        String code = createMinimal("EM");

        Customers.patch(code, "\"0\"", "{\"orderEmailContact\": 1}").then().statusCode(400);
    }

    @Test
    void choosingNeedsTheCurrentVersion() {
        String code = createMinimal("EM");

        choose(code, null, "{}").then().statusCode(428);
        choose(code, "\"4\"", "{}").then().statusCode(412);
    }

    private static long addContact(String code, String ifMatch, String name) {
        return ContactResourceTest.post(code, ifMatch, "{\"name\": \"" + name + "\"}").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static Response choose(String code, String ifMatch, String body) {
        return Customers.write("PUT", "/api/v1/customers/" + code + "/email-contacts", ifMatch, body);
    }
}
