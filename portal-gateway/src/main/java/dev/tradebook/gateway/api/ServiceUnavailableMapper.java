package dev.tradebook.gateway.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tradebook.gateway.client.ServiceUnavailable;
import dev.tradebook.platform.runtime.api.ProblemResponses;

/** A service that cannot answer now is 503 with Retry-After: the portal user's request may simply be sent again. */
public class ServiceUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable unavailable) {
        return answer(unavailable.getMessage(), unavailable.retryAfterSeconds());
    }

    /** A client bean's whole budget for one portal request (its @Timeout) ran out, retries included. */
    @ServerExceptionMapper
    public Response tooSlow(TimeoutException timeout) {
        return answer("A service did not answer in time", 1);
    }

    private static Response answer(String detail, long retryAfterSeconds) {
        Response problem = ProblemResponses.response(503, "service-unavailable", "Service unavailable",
                detail + "; try again later");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
