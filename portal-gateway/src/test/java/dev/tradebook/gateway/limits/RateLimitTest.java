package dev.tradebook.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/** Each caller has its own allowance per API; over it the gateway answers 429 with Retry-After. */
@QuarkusTest
@TestProfile(SmallRateLimits.class)
class RateLimitTest {

    /** Any portal path counts; an unknown one answers 404 without calling a service. */
    private static final String PORTAL_PATH = "/portal/v1/nothing";
    private static final String INTEGRATIONS_PATH = "/integrations/v1/nothing";

    @Test
    void thePortalUsersRequestOverTheLimitIsTooManyRequests() {
        String token = Tokens.forCustomer("RL0001");
        for (int i = 0; i < SmallRateLimits.PORTAL; i++) {
            given().auth().oauth2(token).when().get(PORTAL_PATH).then().statusCode(404);
        }
        Response refused = given().auth().oauth2(token).when().get(PORTAL_PATH);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/rate-limited")).body("status", equalTo(429))
                .header("RateLimit-Limit", "3").header("RateLimit-Remaining", "0");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyAnswerTellsWhatIsLeftOfTheAllowance() {
        given().auth().oauth2(Tokens.forCustomer("RL0002")).when().get(PORTAL_PATH)
                .then().statusCode(404).header("RateLimit-Limit", "3").header("RateLimit-Remaining", "2");
    }

    @Test
    void anotherPortalUserHasItsOwnAllowance() {
        exhaustPortal(Tokens.forCustomer("RL0003"));

        given().auth().oauth2(Tokens.forCustomer("RL0004")).when().get(PORTAL_PATH).then().statusCode(404);
    }

    @Test
    void theIntegrationApiHasItsOwnAllowance() {
        String token = Tokens.forCustomer("RL0005");
        exhaustPortal(token);

        given().auth().oauth2(token).when().get(INTEGRATIONS_PATH).then().statusCode(not(429));
        given().auth().oauth2(token).when().get(INTEGRATIONS_PATH).then().statusCode(not(429));
        given().auth().oauth2(token).when().get(INTEGRATIONS_PATH).then().statusCode(429)
                .header("RateLimit-Limit", "2");
    }

    @Test
    void anIntegratorsTokensShareTheAllowanceOfItsClient() {
        given().auth().oauth2(clientToken("web-shop", "instance-1")).when().get(INTEGRATIONS_PATH).then().statusCode(not(429));
        given().auth().oauth2(clientToken("web-shop", "instance-2")).when().get(INTEGRATIONS_PATH).then().statusCode(not(429));

        given().auth().oauth2(clientToken("web-shop", "instance-3")).when().get(INTEGRATIONS_PATH).then().statusCode(429);
        given().auth().oauth2(clientToken("trade-portal", "instance-1")).when().get(INTEGRATIONS_PATH)
                .then().statusCode(not(429));
    }

    @Test
    void requestsWithoutAValidTokenCountAgainstTheirAddress() {
        for (int i = 0; i < SmallRateLimits.PORTAL; i++) {
            given().auth().oauth2("not-a-token-" + i).when().get("/portal/v1/me").then().statusCode(401);
        }

        given().when().get("/portal/v1/me").then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreNotLimited() {
        for (int i = 0; i < SmallRateLimits.PORTAL + 2; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/openapi").then().statusCode(200);
        }
    }

    private static void exhaustPortal(String token) {
        for (int i = 0; i <= SmallRateLimits.PORTAL; i++) {
            given().auth().oauth2(token).when().get(PORTAL_PATH);
        }
        given().auth().oauth2(token).when().get(PORTAL_PATH).then().statusCode(429);
    }

    /** A client-credentials token as Keycloak issues it: the client in azp and client_id. */
    private static String clientToken(String client, String subject) {
        return Jwt.subject(subject + "-" + client)
                .issuer("https://server.example.com")
                .audience("https://server.example.com")
                .expiresIn(Duration.ofHours(1))
                .claim("azp", client)
                .claim(Caller.CLIENT_ID_CLAIM, client)
                .claim("realm_access", Map.of("roles", List.of("integrator")))
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
