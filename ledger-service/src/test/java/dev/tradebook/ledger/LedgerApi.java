package dev.tradebook.ledger;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import dev.tradebook.platform.testing.Tokens;

/** Reads the ledger as a user with the accounts role would: through its API. */
public final class LedgerApi {

    private LedgerApi() {
    }

    /** Every debtor account of one customer, ordered by group. */
    public static List<Map<String, Object>> accountsOf(String customer) {
        // A fresh token each time: a test token expires after five minutes, sooner than a run of the event tests ends.
        return given().auth().oauth2(Tokens.withRoles("accounts"))
                .queryParam("customer", customer).queryParam("size", 500)
                .when().get("/api/v1/accounts")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    public static List<String> groupsOf(String customer) {
        return accountsOf(customer).stream().map(account -> (String) account.get("group")).toList();
    }
}
