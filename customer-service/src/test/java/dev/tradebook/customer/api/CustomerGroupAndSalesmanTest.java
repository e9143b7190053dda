package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A customer's debtor account groups and salesman must be active entries of their lists. */
@QuarkusTest
class CustomerGroupAndSalesmanTest {

    @Test
    void knownGroupsAndAnActiveSalesmanAreAccepted() {
        String code = Customers.uniqueCode("GS");

        Customers.create(body(code, "[\"DOM\", \"EXP\"]", "\"NEHA-JOSHI\"")).then().statusCode(201)
                .body("debtorAccountGroups", contains("DOM", "EXP"))
                .body("salesman", equalTo("NEHA-JOSHI"));
    }

    @Test
    void anUnknownDebtorAccountGroupIsRefusedWithItsPosition() {
        Customers.create(body(Customers.uniqueCode("GS"), "[\"DOM\", \"NO-SUCH-GROUP\"]", "null"))
                .then().statusCode(422).body("violations.field", contains("debtorAccountGroups[1]"));
    }

    @Test
    void anUnknownSalesmanIsRefused() {
        Customers.create(body(Customers.uniqueCode("GS"), "[\"DOM\"]", "\"Somebody Else\""))
                .then().statusCode(422).body("violations.field", contains("salesman"));
    }

    @Test
    void anInactiveSalesmanIsRefusedOnUpdate() {
        String salesman = Customers.uniqueCode("SM");
        given().auth().oauth2(Tokens.withRoles("sales-admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"description\": \"Gone Away\", \"active\": false}".formatted(salesman))
                .when().post("/api/v1/salesmen").then().statusCode(201);
        String code = Customers.createMinimal("GS");

        Customers.patch(code, "\"0\"", "{\"salesman\": \"" + salesman + "\"}")
                .then().statusCode(422).body("violations.field", contains("salesman"));
    }

    private static String body(String code, String groups, String salesman) {
        return """
                {"code": "%s", "name": "Group Traders", "type": "DEALER", "debtorAccountGroups": %s, "salesman": %s}"""
                .formatted(code, groups, salesman);
    }
}
