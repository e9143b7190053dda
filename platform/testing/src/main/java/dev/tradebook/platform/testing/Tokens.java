package dev.tradebook.platform.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like Keycloak's (realm roles under {@code realm_access.roles}), accepted
 * by the OIDC server of {@code quarkus-test-oidc-server} that the tests start.
 */
public final class Tokens {

    private static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    /** A staff user with the given realm roles. */
    public static String withRoles(String... roles) {
        return token("user-" + String.join("-", roles), List.of(roles), Map.of());
    }

    /** A named staff user, so that two users' requests can be told apart (e.g. idempotency key scopes). */
    public static String forUser(String username, String... roles) {
        return token(username, List.of(roles), Map.of());
    }

    /** A portal user of one customer: role {@code customer} and the {@code customer_code} claim. */
    public static String forCustomer(String customerCode) {
        return token("portal-" + customerCode.toLowerCase(), List.of("customer"), Map.of("customer_code", customerCode));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String token(String username, List<String> roles, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(username)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .issuer(ISSUER)
                .audience(ISSUER)
                .expiresIn(Duration.ofHours(1))
                .claim("realm_access", Map.of("roles", roles));
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
