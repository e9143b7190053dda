package dev.tradebook.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The services see the portal user itself, not the gateway: every call carries the caller's own bearer
 * token, so each service applies its own roles and its own check that a portal user reads only its customer.
 */
@ApplicationScoped
public class CallerToken implements ClientHeadersFactory {

    @Inject
    JsonWebToken token;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getRawToken());
        return headers;
    }
}
