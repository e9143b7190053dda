package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import dev.tradebook.local.LocalStack;

/** Real access tokens from the stack's Keycloak: the realm's demo users (password = user name) and its clients. */
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

    /** A confidential client's own token (client credentials grant), e.g. the integrator's. */
    static String ofClient(LocalStack stack, String client, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client).formParam("client_secret", secret)
                .when().post(stack.keycloak().tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
