package dev.tradebook.transaction.support;

import static io.restassured.RestAssured.given;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POSTs and GETs of the other documents (payments, refunds, cash sales, credit notes) as accounts. */
public final class Documents {

    private Documents() {
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().auth().oauth2(Orders.ACCOUNTS).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/" + path).then();
    }

    public static ValidatableResponse get(String path) {
        return given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/" + path).then();
    }
}
