package dev.tradebook.platform.runtime.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before quarkus-oidc: the identity of a bearer token it verified before and that has not expired, carrying
 * this request's routing context; no identity (so quarkus-oidc verifies) for any other token, or none. Ahead of
 * quarkus-oidc's mechanism, not only of its identity provider: that mechanism decodes the token's JSON on every
 * request (to tell a JWT from an opaque token) before any provider is asked.
 */
@ApplicationScoped
public class CachedBearerTokens implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";

    private final VerifiedTokens tokens;

    public CachedBearerTokens(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(tokens.identityOf(authorization.substring(SCHEME.length()))
                .map(identity -> withThisRequest(identity, context))
                .orElse(null));
    }

    /** quarkus-oidc answers the challenge of a request without a usable token. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Before quarkus-oidc's mechanism (DEFAULT_PRIORITY + 1): the higher goes first. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2;
    }

    /** quarkus-oidc puts the request's routing context on the identity; a kept one must not carry an old one. */
    private static SecurityIdentity withThisRequest(SecurityIdentity identity, RoutingContext routing) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(RoutingContext.class.getName(), routing).build();
    }
}
