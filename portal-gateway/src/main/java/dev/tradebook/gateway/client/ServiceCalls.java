package dev.tradebook.gateway.client;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** What every call to a service shares. */
final class ServiceCalls {

    /** A portal page waits no longer than this for one service. */
    static final long TIMEOUT_MILLIS = 10_000;

    private ServiceCalls() {
    }

    static JsonNode body(Response response) {
        try (response) {
            return response.readEntity(JsonNode.class);
        }
    }
}
