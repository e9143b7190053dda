package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** /customers/{code}/notes: written by the signed-in user, listed newest first, in the customer's history. */
@QuarkusTest
class NoteResourceTest {

    @Test
    void aNoteCarriesItsAuthorAndTime() {
        String code = createMinimal("NT");

        var created = write(code, SALES, "Asked for the festive price list").then().statusCode(201)
                .body("text", equalTo("Asked for the festive price list"))
                .body("author", equalTo("priya"))
                .body("customer", equalTo(code))
                .body("createdAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");

        assertThat(created.header("Location")).endsWith("/api/v1/customers/" + code + "/notes/" + id);
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/" + code + "/notes/" + id)
                .then().statusCode(200).body("text", equalTo("Asked for the festive price list"));
    }

    @Test
    void notesAreListedNewestFirst() {
        String code = createMinimal("NT");
        write(code, SALES, "First call").then().statusCode(201);
        write(code, Tokens.forUser("arjun", "accounts"), "Promised payment on Friday").then().statusCode(201);

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/notes").then().statusCode(200)
                .body("items.text", contains("Promised payment on Friday", "First call"))
                .body("items.author", contains("arjun", "priya"))
                .body("total", equalTo(2));
    }

    @Test
    void aNoteIsInTheHistoryWithoutANewCustomerVersion() {
        String code = createMinimal("NT");

        long id = write(code, SALES, "Visited the warehouse").then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].changedBy", equalTo("priya"))
                .body("items[0].changes[0].field", equalTo("notes"))
                .body("items[0].changes[0].before", nullValue())
                .body("items[0].changes[0].after.id", equalTo((int) id))
                .body("items[0].changes[0].after.text", equalTo("Visited the warehouse"));
        Customers.get(code).then().header("ETag", "\"0\"");
    }

    @Test
    void anEmptyOrTooLongNoteIsRefusedNamingTheField() {
        String code = createMinimal("NT");

        write(code, SALES, " ").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"));
        write(code, SALES, "n".repeat(4001)).then().statusCode(400).body("violations[0].field", equalTo("text"));
    }

    @Test
    void anUnknownCustomerOrNoteIsNotFound() {
        String code = createMinimal("NT");

        write("NO-SUCH-CUSTOMER", SALES, "Hello").then().statusCode(404);
        given().auth().oauth2(SALES).when().get("/api/v1/customers/NO-SUCH-CUSTOMER/notes").then().statusCode(404);
        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/notes/999999999").then().statusCode(404);
    }

    @Test
    void aViewerMayReadButNotWrite() {
        String code = createMinimal("NT");

        write(code, Tokens.withRoles("viewer"), "Hello").then().statusCode(403);
    }

    private static Response write(String code, String token, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"text\": \"" + text + "\"}").when().post("/api/v1/customers/" + code + "/notes");
    }
}
