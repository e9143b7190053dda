package dev.tradebook.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;

/**
 * A customer created with portal login enabled gets a Keycloak login from the gateway (role customer, claim
 * customer_code); once its password is set it sees its own profile through the portal. Turning login off
 * disables the login.
 */
class PortalLoginIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff admin = new Staff(stack, "admin");
    private final KeycloakUsers users = new KeycloakUsers(stack);

    @Test
    void aCustomerWithPortalLoginCanLogInAndSeeItselfUntilLoginIsTurnedOff() {
        String code = "PL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = code.toLowerCase();
        Response created = admin.post(Service.CUSTOMER, "/api/v1/customers", """
                {"code": "%s", "name": "Portal Login Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"],
                 "portal": {"loginEnabled": true, "email": "%s@buyer.example"}}""".formatted(code, username));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> users.find(username).isPresent());
        Map<String, Object> login = users.find(username).orElseThrow();
        assertThat(login.get("email")).isEqualTo(username + "@buyer.example");
        assertThat(login.get("enabled")).isEqualTo(true);
        users.setPassword(username, username);

        Response me = new PortalUser(stack, username).get("/me");
        assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
        assertThat(me.<String>path("code")).isEqualTo(code);

        Response off = admin.patchCustomer(code, created.header("ETag"), "{\"portal\": {\"loginEnabled\": false}}");
        assertThat(off.statusCode()).as(off.asString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> Boolean.FALSE.equals(users.find(username).orElseThrow().get("enabled")));
        given().formParam("grant_type", "password").formParam("client_id", "frontend")
                .formParam("username", username).formParam("password", username)
                .when().post(stack.keycloak().tokenUrl()).then().statusCode(400);
    }
}
