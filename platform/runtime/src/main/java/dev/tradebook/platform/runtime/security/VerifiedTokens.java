package dev.tradebook.platform.runtime.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens that quarkus-oidc has verified (signature, issuer, audience, expiry), each with the identity it
 * gave, until the token's own expiry. quarkus-oidc verifies a JWT bearer token anew on every request (it has no
 * cache for them, quarkusio/quarkus#29777); a sales clerk's client sends the same token for minutes, and its RSA
 * check and JSON parsing were a sixth of transaction-service's CPU per order and a quarter of customer-service's
 * per search. Keyed by the whole token, so any other token, even one differing only in its signature, is verified
 * by quarkus-oidc. Bounded: when full, expired tokens
 * are dropped first and, if none, nothing more is kept (those requests are simply verified each time).
 */
@ApplicationScoped
public class VerifiedTokens {

    public static final int CAPACITY = 10_000;

    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The identity of a token verified before, while the token has not expired. */
    public Optional<SecurityIdentity> identityOf(String token) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.expires())) {
            byToken.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.identity());
    }

    public void remember(String token, SecurityIdentity identity, Instant expires) {
        Instant now = clock.instant();
        if (!now.isBefore(expires) || byToken.containsKey(token)) {
            return;
        }
        if (byToken.size() >= CAPACITY) {
            byToken.values().removeIf(verified -> !now.isBefore(verified.expires()));
            if (byToken.size() >= CAPACITY) {
                return;
            }
        }
        byToken.put(token, new Verified(identity, expires));
    }

    public boolean contains(String token) {
        return byToken.containsKey(token);
    }

    private record Verified(SecurityIdentity identity, Instant expires) {
    }
}
