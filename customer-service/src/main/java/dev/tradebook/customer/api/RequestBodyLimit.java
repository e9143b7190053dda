package dev.tradebook.customer.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.tradebook.platform.runtime.api.ProblemResponses;

/**
 * quarkus.http.limits.max-body-size is raised for the import files; every other body keeps the usual 10 MB limit,
 * refused here by its declared length before anything of it is read.
 */
public class RequestBodyLimit {

    static final long OTHER_BODIES_MAX = 10L * 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response refuseLargeBodies(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/v1/customer-imports") || request.getLength() <= OTHER_BODIES_MAX) {
            return null;
        }
        return ProblemResponses.response(413, "body-too-large", "Request body too large",
                "A request body may have at most " + OTHER_BODIES_MAX + " bytes");
    }
}
