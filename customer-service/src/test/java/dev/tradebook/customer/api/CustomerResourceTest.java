package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CustomerResourceTest {

    private static final String SALES = Tokens.withRoles("sales");

    @Test
    void createsCustomerWithGeneratedCodeAndBaseCurrency() {
        String code = given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"name": "Acme Traders", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"]}""")
                .when().post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/customers/C[0-9]{6}$"))
                .body("code", matchesPattern("C[0-9]{6}"))
                .body("name", equalTo("Acme Traders"))
                .body("currency", equalTo("INR"))
                .body("status", equalTo("ACTIVE"))
                .body("creditLimit", equalTo("0.00"))
                .body("debtorAccountGroups", contains("DOM"))
                .body("createdAt", notNullValue())
                .extract().path("code");

        given().auth().oauth2(Tokens.withRoles("viewer"))
                .when().get("/api/v1/customers/" + code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("name", equalTo("Acme Traders"));
    }

    @Test
    void keepsAChosenCodeAndCurrencyAndRoundsTheLimitToTheCurrencyScale() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "EXP-0001", "name": "Gulf Imports", "currency": "KWD", "creditLimit": "1000.12345",
                         "type": "CUSTOMER", "debtorAccountGroups": ["EXP", "DOM"]}""")
                .when().post("/api/v1/customers")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("creditLimit"));

        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "EXP-0001", "name": "Gulf Imports", "currency": "KWD", "creditLimit": "1000.1235",
                         "type": "CUSTOMER", "debtorAccountGroups": ["EXP", "DOM"]}""")
                .when().post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/customers/EXP-0001"))
                .body("currency", equalTo("KWD"))
                .body("creditLimit", equalTo("1000.124"))
                .body("debtorAccountGroups", contains("EXP", "DOM"));
    }

    @Test
    void refusesADuplicateCodeWithConflict() {
        String body = """
                {"code": "DUP-1", "name": "First", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"]}""";
        given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers").then().statusCode(201);

        given().auth().oauth2(SALES).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/customer-code-taken"));
    }

    @Test
    void answersUnknownCustomerWithNotFoundProblem() {
        given().auth().oauth2(SALES)
                .when().get("/api/v1/customers/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("Customer NOPE does not exist"));
    }
}
