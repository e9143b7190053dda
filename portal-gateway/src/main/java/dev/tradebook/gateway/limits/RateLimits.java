package dev.tradebook.gateway.limits;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.tradebook.gateway.config.RateLimitSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per caller and API. A bucket left alone for a whole period is full again, so it is
 * forgotten then, and at most {@code gateway.rate-limit.callers} are kept: memory stays bounded however
 * many callers (or forged addresses) come by.
 */
@ApplicationScoped
public class RateLimits {

    /** The APIs limited separately; anything else (health, OpenAPI, metrics) is not limited. */
    enum Api {
        PORTAL("/portal/"), INTEGRATIONS("/integrations/");

        private final String prefix;

        Api(String prefix) {
            this.prefix = prefix;
        }

        static Optional<Api> of(String path) {
            for (Api api : values()) {
                if (path.startsWith(api.prefix)) {
                    return Optional.of(api);
                }
            }
            return Optional.empty();
        }
    }

    private final RateLimitSettings settings;
    private final Cache<String, Bucket> buckets;

    public RateLimits(RateLimitSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.callers())
                .expireAfterAccess(settings.portal().per().compareTo(settings.integrations().per()) > 0
                        ? settings.portal().per() : settings.integrations().per())
                .build();
    }

    /** Takes one request from the caller's allowance for that API. */
    ConsumptionProbe take(Api api, String caller) {
        return buckets.get(api + " " + caller, key -> newBucket(limit(api))).tryConsumeAndReturnRemaining(1);
    }

    RateLimitSettings.Limit limit(Api api) {
        return api == Api.PORTAL ? settings.portal() : settings.integrations();
    }

    private static Bucket newBucket(RateLimitSettings.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                .build();
    }
}
