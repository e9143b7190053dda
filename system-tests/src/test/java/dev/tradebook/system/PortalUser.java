package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What a portal user does through portal-gateway with its real Keycloak token. */
final class PortalUser {

    private final LocalStack stack;
    private final String token;

    PortalUser(LocalStack stack, String username) {
        this.stack = stack;
        this.token = KeycloakTokens.of(stack, username);
    }

    Response get(String path) {
        return request().when().get("/portal/v1" + path);
    }

    Response post(String path, String json) {
        return request().contentType(ContentType.JSON).body(json).when().post("/portal/v1" + path);
    }

    Response patch(String path, String json) {
        return request().contentType("application/merge-patch+json").body(json).when().patch("/portal/v1" + path);
    }

    /** Straight to a service, past the gateway, with the same token. */
    Response getFrom(Service service, String path) {
        return given().baseUri(stack.service(service).url()).auth().oauth2(token).when().get(path);
    }

    private RequestSpecification request() {
        return given().baseUri(stack.service(Service.GATEWAY).url()).auth().oauth2(token);
    }
}
