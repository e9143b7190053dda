package dev.tradebook.gateway.limits;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.tradebook.gateway.config.RateLimitSettings;
import dev.tradebook.gateway.limits.RateLimits.Api;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Counts every request to the portal and integration APIs against its caller's allowance before anything
 * else happens (before matching, so unknown paths and refused tokens count too); over the allowance it
 * answers 429 with Retry-After. The caller is the verified token's; a request whose token does not verify
 * counts against its address.
 */
public class RateLimitFilter {

    private static final String ALLOWANCE = Allowance.class.getName();

    private final RateLimits limits;
    private final CurrentIdentityAssociation identity;

    public RateLimitFilter(RateLimits limits, CurrentIdentityAssociation identity) {
        this.limits = limits;
        this.identity = identity;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        Optional<Api> api = Api.of(request.getUriInfo().getPath());
        if (api.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return identity.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(caller -> {
                    RateLimitSettings.Limit limit = limits.limit(api.get());
                    Allowance allowance = new Allowance(limit.requests(), limits.take(api.get(), Caller.of(caller, address)));
                    request.setProperty(ALLOWANCE, allowance);
                    return allowance.granted() ? null : tooManyRequests(limit, allowance);
                });
    }

    @ServerResponseFilter
    public void describeAllowance(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ALLOWANCE) instanceof Allowance allowance) {
            allowance.describeIn(response.getHeaders());
        }
    }

    private static Response tooManyRequests(RateLimitSettings.Limit limit, Allowance allowance) {
        Response problem = ProblemResponses.response(429, "rate-limited", "Too many requests",
                "More than " + limit.requests() + " requests in " + limit.per() + "; retry after "
                        + allowance.retryAfterSeconds() + " s");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, allowance.retryAfterSeconds()).build();
    }
}
