package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tradebook.local.KeycloakServer;
import dev.tradebook.local.LocalStack;
import io.restassured.http.ContentType;

/** The realm's users through the Keycloak admin API, as the realm's own administrator sees them. */
final class KeycloakUsers {

    private final String base;
    private final String users;
    private final String roles;

    KeycloakUsers(LocalStack stack) {
        this.base = stack.keycloak().realmUrl().replace("/realms/" + KeycloakServer.REALM, "");
        this.users = base + "/admin/realms/" + KeycloakServer.REALM + "/users";
        this.roles = base + "/admin/realms/" + KeycloakServer.REALM + "/roles";
    }

    /** A fresh token of the master realm's administrator for each call: such a token lives one minute. */
    private String admin() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "kcadmin").formParam("password", "kcadmin")
                .when().post(base + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A user with the role customer and the customer_code attribute; its password is its user name. */
    void createPortalUser(String username, String customerCode) {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@portal.example", "firstName", "Portal", "lastName", customerCode,
                        "attributes", Map.of("customer_code", List.of(customerCode))))
                .when().post(users).then().statusCode(201);
        String id = find(username).orElseThrow().get("id").toString();
        setPassword(username, username);
        Object role = given().auth().oauth2(admin()).when().get(roles + "/customer")
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(List.of(role))
                .when().post(users + "/" + id + "/role-mappings/realm").then().statusCode(204);
    }

    Optional<Map<String, Object>> find(String username) {
        List<Map<String, Object>> found = given().auth().oauth2(admin()).queryParam("username", username)
                .queryParam("exact", true).when().get(users).then().statusCode(200).extract().path("$");
        return found.stream().findFirst();
    }

    /** Passwords never travel in events: an administrator (or a reset e-mail) sets the first one. */
    void setPassword(String username, String password) {
        String id = find(username).orElseThrow().get("id").toString();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .when().put(users + "/" + id + "/reset-password").then().statusCode(204);
    }
}
