package dev.tradebook.transaction.support;

import static io.restassured.RestAssured.given;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The invoice endpoint as an accounts clerk calls it. */
public final class Invoices {

    private Invoices() {
    }

    public static ValidatableResponse issue(Object body) {
        return given().auth().oauth2(Orders.ACCOUNTS).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/invoices").then();
    }

    public static ValidatableResponse get(String number) {
        return given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/invoices/{n}", number).then();
    }
}
