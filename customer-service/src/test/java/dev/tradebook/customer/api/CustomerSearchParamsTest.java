package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Filters, paging, sort and refused parameters of the customer search. */
@QuarkusTest
class CustomerSearchParamsTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(Tokens.withRoles(role));
    }

    @Test
    void filtersCombineWithTheText() {
        String token = CustomerSearchTest.token();
        String admin = Tokens.withRoles("sales-admin");
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\": \"GRP-" + token.toUpperCase() + "\", \"name\": \"Group " + token + "\"}")
                .when().post("/api/v1/corporates").then().statusCode(201);
        String dealer = CustomerSearchTest.create(Customers.uniqueCode("FD"), "Filter " + token,
                ", \"corporate\": \"GRP-" + token.toUpperCase() + "\"");
        Customers.create("""
                {"code": "%s", "name": "Filter %s", "type": "OEM", "debtorAccountGroups": ["DOM"]}"""
                .formatted(Customers.uniqueCode("FO"), token)).then().statusCode(201);

        as("accounts").queryParam("q", token).queryParam("type", "DEALER").when().get("/api/v1/customers")
                .then().statusCode(200).body("items.code", contains(dealer)).body("total", equalTo(1));
        as("accounts").queryParam("q", token).queryParam("corporate", "GRP-" + token.toUpperCase())
                .queryParam("status", "ACTIVE").when().get("/api/v1/customers")
                .then().statusCode(200).body("items.code", contains(dealer));
        as("accounts").queryParam("q", token).queryParam("status", "INACTIVE").when().get("/api/v1/customers")
                .then().statusCode(200).body("total", equalTo(0));
        as("accounts").queryParam("q", token).queryParam("salesRegion", "NOWHERE").when().get("/api/v1/customers")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pagesAndSortsWithTheEnvelope() {
        String token = CustomerSearchTest.token();
        String c = CustomerSearchTest.create("PG-" + token.toUpperCase() + "-C", "Alpha " + token, "");
        String a = CustomerSearchTest.create("PG-" + token.toUpperCase() + "-A", "Charlie " + token, "");
        String b = CustomerSearchTest.create("PG-" + token.toUpperCase() + "-B", "Bravo " + token, "");

        as("sales").queryParam("q", token).when().get("/api/v1/customers")
                .then().statusCode(200)
                .body("items.code", contains(a, b, c))
                .body("page", equalTo(0)).body("size", equalTo(50)).body("total", equalTo(3));
        as("sales").queryParam("q", token).queryParam("sort", "name,asc").queryParam("size", 2)
                .when().get("/api/v1/customers")
                .then().statusCode(200)
                .body("items.code", contains(c, b))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        as("sales").queryParam("q", token).queryParam("sort", "name,asc").queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/customers")
                .then().statusCode(200)
                .body("items.code", contains(a))
                .body("page", equalTo(1)).body("total", equalTo(3));
        as("sales").queryParam("q", token).queryParam("sort", "code,desc").when().get("/api/v1/customers")
                .then().statusCode(200).body("items.code", contains(c, b, a));
        as("sales").queryParam("q", token).queryParam("sort", "type,asc").when().get("/api/v1/customers")
                .then().statusCode(200).body("items.code", contains(a, b, c));
    }

    @Test
    void refusesBadParametersNamingThem() {
        refused("page", "-1");
        refused("size", "0");
        refused("size", "501");
        refused("sort", "balance,asc");
        refused("sort", "name,up");
        refused("type", "dealer");
        refused("status", "GONE");
    }

    @Test
    void needsAToken() {
        given().when().get("/api/v1/customers").then().statusCode(401);
    }

    private static void refused(String parameter, String value) {
        as("viewer").queryParam(parameter, value).when().get("/api/v1/customers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains(parameter));
    }
}
