package dev.tradebook.gateway.limits;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Whom a rate limit counts: an integrator's client (client-credentials tokens carry Keycloak's {@code client_id}
 * claim; the client is {@code azp}), a user by subject, or, without a valid token, the remote address.
 */
final class Caller {

    static final String CLIENT_ID_CLAIM = "client_id";

    private Caller() {
    }

    static String of(SecurityIdentity identity, String remoteAddress) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return "address:" + remoteAddress;
        }
        if (token.containsClaim(CLIENT_ID_CLAIM)) {
            String azp = token.getClaim("azp");
            return "client:" + (azp != null ? azp : token.getClaim(CLIENT_ID_CLAIM));
        }
        return "user:" + token.getSubject();
    }
}
