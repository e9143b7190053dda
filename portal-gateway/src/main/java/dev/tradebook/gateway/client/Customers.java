package dev.tradebook.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** customer-service as the portal user sees it. */
@ApplicationScoped
@Timeout(ServiceCalls.TIMEOUT_MILLIS)
public class Customers {

    /** The customer body and the ETag of its version. */
    public record Versioned(JsonNode customer, String etag) {
    }

    private final CustomerServiceApi api;

    public Customers(@RestClient CustomerServiceApi api) {
        this.api = api;
    }

    public Versioned get(String code) {
        try (Response response = api.customer(code)) {
            return new Versioned(response.readEntity(JsonNode.class), response.getHeaderString(HttpHeaders.ETAG));
        }
    }

    public JsonNode replaceContact(String code, long id, String etag, JsonNode contact) {
        return api.replaceContact(code, id, etag, contact);
    }
}
