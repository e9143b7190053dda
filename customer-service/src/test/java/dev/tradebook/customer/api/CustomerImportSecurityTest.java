package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Imports replace the customer master in bulk: sales-admin's; the template is for whoever prepares a file. */
@QuarkusTest
class CustomerImportSecurityTest {

    @Test
    void onlySalesAdminMayImport() {
        for (String role : new String[] {"sales", "accounts", "viewer", "customer"}) {
            given().auth().oauth2(Tokens.withRoles(role)).contentType("text/csv").body("code,name\nX,Y\n")
                    .when().post("/api/v1/customer-imports").then().statusCode(403);
        }
        given().contentType("text/csv").body("code,name\nX,Y\n")
                .when().post("/api/v1/customer-imports").then().statusCode(401);
    }

    @Test
    void anImportsFiguresAreSalesAdminsToo() {
        given().auth().oauth2(Tokens.withRoles("viewer")).when()
                .get("/api/v1/customer-imports/00000000-0000-0000-0000-000000000000").then().statusCode(403);
        given().auth().oauth2(Imports.ADMIN).when()
                .get("/api/v1/customer-imports/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theTemplateIsTheHeaderOfEveryColumn() {
        given().auth().oauth2(Tokens.withRoles("sales")).when().get("/api/v1/customer-imports/template.csv")
                .then().statusCode(200).contentType("text/csv")
                .body(equalTo(String.join(",", CustomerColumns.ALL) + "\n"));
    }

    @Test
    void anUnknownModeIsRefused() {
        given().auth().oauth2(Imports.ADMIN).contentType("text/csv").body("code,name\nX,Y\n")
                .when().post("/api/v1/customer-imports?mode=merge").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("mode"));
    }
}
