package dev.tradebook.transaction.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A POST without a body is read as JSON with no content, whatever type it declares (curl sends none, other clients
 * a form type): an action whose body is optional (order approve and cancel, quote convert, opportunity lose) then
 * gets a null body instead of 415, and one whose body is required gets 400 naming what is missing.
 */
public class EmptyBodies {

    @ServerRequestFilter(preMatching = true)
    public void readAsJson(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (request.getHeaderString("Transfer-Encoding") == null && (length == null || "0".equals(length))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
