package dev.tradebook.platform.runtime.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Keeps each bearer token quarkus-oidc has just verified, with its identity, until the token's expiry. */
@ApplicationScoped
public class TokenVerificationCaching implements SecurityIdentityAugmentor {

    /** Set by quarkus-oidc on the identity of a verified token: the token's {@code exp}, epoch seconds. */
    static final String EXPIRES = "quarkus.identity.expire-time";

    private final VerifiedTokens tokens;

    public TokenVerificationCaching(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && !credential.isOpaque() && identity.getAttribute(EXPIRES) instanceof Number expires) {
            tokens.remember(credential.getToken(), identity, Instant.ofEpochSecond(expires.longValue()));
        }
        return Uni.createFrom().item(identity);
    }
}
