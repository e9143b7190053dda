package dev.tradebook.ledger;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Uses the ledger as a user with the accounts role would: through its API. */
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

    /** The id of the journal entry that posted {@code document} on the customer's accounts. */
    public static String entryOf(String customer, String document) {
        return given().auth().oauth2(Tokens.withRoles("accounts")).queryParam("size", 500)
                .when().get("/api/v1/customers/" + customer + "/entries")
                .then().extract().jsonPath().getString("items.find { it.document == '" + document + "' }.journalEntry");
    }

    public static ValidatableResponse reverse(String entry) {
        return given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON)
                .body("{\"reason\": \"raised twice\"}")
                .when().post("/api/v1/journal-entries/" + entry + "/reversal").then();
    }
}
