package dev.tradebook.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** ledger-service as the portal user sees it. */
@ApplicationScoped
@Timeout(ServiceCalls.TIMEOUT_MILLIS)
public class Ledger {

    private final LedgerServiceApi api;

    public Ledger(@RestClient LedgerServiceApi api) {
        this.api = api;
    }

    public JsonNode account(String code) {
        return api.account(code);
    }

    public JsonNode statement(String code, String from, String to) {
        return api.statement(code, from, to);
    }
}
