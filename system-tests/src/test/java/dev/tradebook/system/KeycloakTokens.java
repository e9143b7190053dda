package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import dev.tradebook.local.LocalStack;

/** Real access tokens from the stack's Keycloak, for the realm's demo users (password = user name). */
final class KeycloakTokens {

    private KeycloakTokens() {
    }

    static String of(LocalStack stack, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "frontend")
                .formParam("username", user).formParam("password", user)
                .when().post(stack.keycloak().tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
