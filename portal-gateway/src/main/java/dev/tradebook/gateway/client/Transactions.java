package dev.tradebook.gateway.client;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * transaction-service as the portal user sees it. The creating calls pass the caller's Idempotency-Key on,
 * so a retried portal request is answered by the service's first answer.
 */
@ApplicationScoped
@Timeout(ServiceCalls.TIMEOUT_MILLIS)
public class Transactions {

    private final TransactionServiceApi api;

    public Transactions(@RestClient TransactionServiceApi api) {
        this.api = api;
    }

    public JsonNode list(String code, String kind, int page, int size) {
        return api.transactions(code, kind, page, size);
    }

    public JsonNode credit(String code) {
        return api.credit(code);
    }

    public JsonNode invoice(String number) {
        return api.invoice(number);
    }

    public JsonNode receivePayment(String idempotencyKey, JsonNode payment) {
        return ServiceCalls.body(api.receivePayment(idempotencyKey, payment));
    }

    public JsonNode acceptQuote(String number) {
        return api.acceptQuote(number, Map.of());
    }

    public JsonNode salesOrders(String code, int page, int size) {
        return api.salesOrders(code, page, size);
    }

    public JsonNode placeSalesOrder(String idempotencyKey, JsonNode order) {
        return ServiceCalls.body(api.placeSalesOrder(idempotencyKey, order));
    }
}
