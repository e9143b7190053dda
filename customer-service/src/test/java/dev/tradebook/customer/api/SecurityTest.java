package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SecurityTest {

    private static final String BODY = """
            {"name": "Secured Ltd", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"]}""";

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/customers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void forgedTokenIsUnauthorizedProblem() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/customers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void viewerMayReadButNotCreate() {
        given().auth().oauth2(Tokens.withRoles("viewer")).contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/customers")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void portalCustomerHasNoStaffAccess() {
        given().auth().oauth2(Tokens.forCustomer("C000001"))
                .when().get("/api/v1/customers/C000001/history")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/customers'.post.responses", org.hamcrest.Matchers.notNullValue());
    }
}
