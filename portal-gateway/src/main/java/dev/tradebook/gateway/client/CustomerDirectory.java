package dev.tradebook.gateway.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** customer-service as the order intake sees it, with the integrator's token. */
@ApplicationScoped
@Timeout(ServiceCalls.TIMEOUT_MILLIS)
public class CustomerDirectory {

    private final CustomerDirectoryApi api;

    public CustomerDirectory(@RestClient CustomerDirectoryApi api) {
        this.api = api;
    }

    /** The code of the live customer imported from this buyer of this cart. */
    public Optional<String> byCartBuyer(String cart, String buyer) {
        JsonNode items = api.byCartBuyer(cart, buyer).path("items");
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).path("code").asText());
    }

    /** Registers the customer and answers its code; the key replays the first registration to a retry. */
    public String register(String idempotencyKey, JsonNode customer) {
        return ServiceCalls.body(api.register(idempotencyKey, customer)).path("code").asText();
    }
}
