package dev.tradebook.transaction.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.security.VerifiedTokens;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** A bearer token verified once is kept until its expiry, with its roles; any other token is verified anew. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aKeptTokenStillAnswersByItsRoles() {
        String token = Tokens.forUser("kept-viewer", "viewer");

        given().auth().oauth2(token).when().get("/api/v1/settings").then().statusCode(200);
        assertThat(verified.contains(token)).isTrue();

        given().auth().oauth2(token).when().get("/api/v1/settings").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("customer", "X", "lines", List.of()))
                .when().post("/api/v1/sales-orders").then().statusCode(403).body("type", endsWith("/forbidden"));
    }

    @Test
    void aKeptTokenIsAnsweredWithoutVerifyingItAgain() {
        String kept = "a-token-only-the-cache-knows";
        verified.remember(kept, QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("cached"))
                .addRole("viewer").build(), Instant.now().plusSeconds(60));

        given().auth().oauth2(kept).when().get("/api/v1/settings").then().statusCode(200);
        given().auth().oauth2("a-token-nobody-knows").when().get("/api/v1/settings").then().statusCode(401);
    }

    @Test
    void aKeptTokenWithAnotherSignatureIsRefused() {
        String token = Tokens.forUser("kept-sales", "sales");
        given().auth().oauth2(token).when().get("/api/v1/settings").then().statusCode(200);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        given().auth().oauth2(forged).when().get("/api/v1/settings").then().statusCode(401);
        assertThat(verified.contains(forged)).isFalse();
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        String token = Jwt.preferredUserName("short-lived").subject("short-lived").issuer("https://server.example.com")
                .audience("https://server.example.com").expiresIn(Duration.ofSeconds(2))
                .claim("realm_access", Map.of("roles", List.of("viewer"))).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(token).when().get("/api/v1/settings").then().statusCode(200);
        assertThat(verified.contains(token)).isTrue();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/v1/settings").then().statusCode(401));
        assertThat(verified.contains(token)).isFalse();
    }
}
