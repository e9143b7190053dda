package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Search and the lifecycle: holds can be filtered on, deleted customers are never listed. */
@QuarkusTest
class CustomerSearchLifecycleTest {

    @Test
    void onHoldFiltersCustomersOnAndOffHold() {
        String name = "Hold filter " + CustomerSearchTest.token();
        String held = CustomerSearchTest.create(Customers.uniqueCode("HF"), name, "");
        String free = CustomerSearchTest.create(Customers.uniqueCode("HF"), name, "");
        given().auth().oauth2(Tokens.withRoles("accounts")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"reason\": \"Cheque bounced\"}")
                .when().put("/api/v1/customers/" + held + "/hold").then().statusCode(200);

        search(name, "true").body("items.code", contains(held));
        search(name, "false").body("items.code", contains(free));
    }

    @Test
    void deletedCustomerIsNotListed() {
        String name = "Deleted search " + CustomerSearchTest.token();
        String code = CustomerSearchTest.create(Customers.uniqueCode("DS"), name, "");
        given().auth().oauth2(Tokens.withRoles("sales-admin")).header("If-Match", "\"0\"")
                .when().delete("/api/v1/customers/" + code).then().statusCode(204);

        search(name, null).body("items", empty());
    }

    @Test
    void onHoldMustBeABoolean() {
        given().auth().oauth2(Tokens.withRoles("viewer")).queryParam("onHold", "maybe")
                .when().get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("onHold"));
    }

    private static io.restassured.response.ValidatableResponse search(String q, String onHold) {
        var request = given().auth().oauth2(Tokens.withRoles("viewer")).queryParam("q", q);
        if (onHold != null) {
            request.queryParam("onHold", onHold);
        }
        return request.when().get("/api/v1/customers").then().statusCode(200);
    }
}
