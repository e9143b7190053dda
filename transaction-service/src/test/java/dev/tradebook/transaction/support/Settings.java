package dev.tradebook.transaction.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.http.ContentType;

/** The company settings, changed as sales-admin; tests that change them set ALLOW_NOTHING back. */
public final class Settings {

    private Settings() {
    }

    public static void holdPolicy(String policy) {
        given().auth().oauth2(Tokens.withRoles("sales-admin")).contentType(ContentType.JSON)
                .body(Map.of("holdPolicy", policy))
                .when().put("/api/v1/settings")
                .then().statusCode(200).body("holdPolicy", equalTo(policy));
    }
}
