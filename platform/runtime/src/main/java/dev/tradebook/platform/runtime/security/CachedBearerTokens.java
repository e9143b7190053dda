package dev.tradebook.platform.runtime.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before quarkus-oidc: the identity of a bearer token it verified before and that has not expired, carrying
 * this request's routing context; no identity (so quarkus-oidc verifies) for any other token.
 */
@ApplicationScoped
public class CachedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    public CachedTokenIdentities(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider, which keeps the default priority (SYSTEM_FIRST + 1). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(tokens.identityOf(bearer.getToken())
                .map(identity -> withThisRequest(identity, HttpSecurityUtils.getRoutingContextAttribute(request)))
                .orElse(null));
    }

    /** quarkus-oidc puts the request's routing context on the identity; a kept one must not carry an old one. */
    private static SecurityIdentity withThisRequest(SecurityIdentity identity, RoutingContext routing) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
        }
        return builder.build();
    }
}
