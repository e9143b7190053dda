package dev.tradebook.transaction.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The company settings, changed as sales-admin; tests that change them set ALLOW_NOTHING back. */
public final class Settings {

    private Settings() {
    }

    public static void holdPolicy(String policy) {
        change(etag(), policy).statusCode(200).body("holdPolicy", equalTo(policy));
    }

    public static String etag() {
        return given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/settings")
                .then().statusCode(200).extract().header("ETag");
    }

    /** A PUT of the hold policy as sales-admin; without If-Match when {@code ifMatch} is null. */
    public static ValidatableResponse change(String ifMatch, String policy) {
        RequestSpecification request = given().auth().oauth2(Tokens.withRoles("sales-admin"))
                .contentType(ContentType.JSON).body(Map.of("holdPolicy", policy));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/settings").then();
    }
}
