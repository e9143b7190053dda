package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /debtor-account-groups and /salesmen: code lists with paths of their own, edited by sales-admin. */
@QuarkusTest
class CodeListResourcesTest {

    @Test
    void theDebtorAccountGroupsAreSeeded() {
        as("viewer").when().get("/api/v1/debtor-account-groups")
                .then().statusCode(200)
                .body("items.code", hasItems("DOM", "EXP"))
                .body("items.find { it.code == 'DOM' }.description", equalTo("Sundry Debtors — Domestic"))
                .body("items.find { it.code == 'EXP' }.description", equalTo("Sundry Debtors — Export"));
        as("accounts").when().get("/api/v1/codes/DAG/EXP").then().statusCode(200).body("type", equalTo("DAG"));
    }

    @Test
    void theSalesmenAreSeededWithTheirNames() {
        as("sales").when().get("/api/v1/salesmen/ANIL-KUMAR")
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("description", equalTo("Anil Kumar")).body("active", equalTo(true));
    }

    @Test
    void salesAdminAddsAndDeactivatesASalesman() {
        String code = unique("SM");

        asAdmin().body("{\"code\": \"%s\", \"description\": \"Kavita Nair\"}".formatted(code))
                .when().post("/api/v1/salesmen")
                .then().statusCode(201).header("Location", endsWith("/api/v1/salesmen/" + code))
                .body("type", equalTo("SM")).body("description", equalTo("Kavita Nair"));
        asAdmin().header("If-Match", "\"0\"").body("{\"description\": \"Kavita Nair\", \"active\": false}")
                .when().put("/api/v1/salesmen/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("active", equalTo(false));

        as("viewer").queryParam("active", "false").when().get("/api/v1/salesmen")
                .then().statusCode(200).body("items.code", hasItems(code));
    }

    @Test
    void salesAdminAddsADebtorAccountGroup() {
        String code = unique("DAG");

        asAdmin().body("{\"code\": \"%s\", \"description\": \"Sundry Debtors — Related parties\"}".formatted(code))
                .when().post("/api/v1/debtor-account-groups")
                .then().statusCode(201).header("Location", endsWith("/api/v1/debtor-account-groups/" + code));
    }

    @Test
    void onlySalesAdminEditsTheLists() {
        as("sales").body("{\"code\": \"%s\", \"description\": \"Someone\"}".formatted(unique("SM")))
                .when().post("/api/v1/salesmen").then().statusCode(403);
        as("accounts").header("If-Match", "\"0\"").body("{\"description\": \"Domestic\", \"active\": true}")
                .when().put("/api/v1/debtor-account-groups/DOM").then().statusCode(403);
    }

    @Test
    void aBadEntryIsRefusedWithTheField() {
        asAdmin().body("{\"code\": \"lower case\", \"description\": \"\"}")
                .when().post("/api/v1/salesmen")
                .then().statusCode(400).body("violations.field", contains("code", "description"));
    }
}
