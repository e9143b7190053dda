package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountGroupResourceTest {

    @Test
    void listsTheSeededGroupsWithTheirControlAccounts() {
        given().auth().oauth2(Tokens.withRoles("sales"))
                .when().get("/api/v1/account-groups")
                .then().statusCode(200)
                .body("[0].code", equalTo("DOM"))
                .body("[0].name", equalTo("Sundry Debtors — Domestic"))
                .body("[0].controlAccount", equalTo("1100"))
                .body("[1].code", equalTo("EXP"))
                .body("[1].name", equalTo("Sundry Debtors — Export"))
                .body("[1].controlAccount", equalTo("1110"));
    }
}
