package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** API.md: every error is application/problem+json, never a stack trace or an HTML page. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String SALES = Tokens.withRoles("sales");
    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/malformed-json"))
                .body("status", equalTo(400))
                .body(not(containsString("at dev.tradebook")));
    }

    @Test
    void unknownFieldIsRefusedByName() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"name": "X", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"], "shoeSize": 44}""")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/unknown-field"))
                .body("violations[0].field", equalTo("shoeSize"));
    }

    @Test
    void readOnlyFieldIsRefused() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"name": "X", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"], "status": "INACTIVE"}""")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void wrongFieldTypeNamesTheField() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"name": "X", "debtorAccountGroups": "DOM", "creditLimit": {"a": 1}}""")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/malformed-request"));
    }

    @Test
    void anUnknownEnumValueListsTheValuesItMayHave() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"name": "X", "type": "WHOLESALER", "debtorAccountGroups": ["DOM"]}""")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].message", equalTo(
                        "must be one of CUSTOMER, DEALER, DISTRIBUTOR, AGENT, CARRYING_AND_FORWARDING, CONSIGNEE, OEM"));
    }

    @Test
    void validationFailuresListEveryField() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "lower case", "name": "", "currency": "XXY", "creditLimit": "-1",
                         "type": "CUSTOMER", "debtorAccountGroups": []}""")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("violations.field", hasItems("code", "name", "currency", "creditLimit", "debtorAccountGroups"));
    }

    @Test
    void nameLongerThanSixtyIsRefused() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"name\": \"" + "N".repeat(61) + "\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}")
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void missingBodyIsABadRequestProblem() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .when().post("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        given().auth().oauth2(SALES).contentType(ContentType.XML).body("<customer/>")
                .when().post("/api/v1/customers")
                .then().statusCode(415).contentType(PROBLEM)
                .body("status", equalTo(415));
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        given().auth().oauth2(SALES)
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void unknownPathOutsideTheApiIsNotFoundProblem() {
        given().accept("text/html")
                .when().get("/nothing/here")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        given().auth().oauth2(SALES)
                .when().delete("/api/v1/customers")
                .then().statusCode(405).contentType(PROBLEM);
    }
}
