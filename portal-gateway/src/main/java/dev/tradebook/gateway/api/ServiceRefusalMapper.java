package dev.tradebook.gateway.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tradebook.gateway.client.ServiceRefusal;
import dev.tradebook.platform.runtime.api.ProblemResponses;

/** A service's refusal passes through as it was: same status, same problem+json. */
public class ServiceRefusalMapper {

    @ServerExceptionMapper
    public Response passThrough(ServiceRefusal refusal) {
        return Response.status(refusal.status()).type(ProblemResponses.PROBLEM_JSON_TYPE).entity(refusal.body()).build();
    }
}
