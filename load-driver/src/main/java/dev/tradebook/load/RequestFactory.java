package dev.tradebook.load;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The n-th request of a run: the body template with {@code {customer}} replaced by the customers in turn
 * (round robin, so every customer gets the same share), the fixed headers, and a fresh Idempotency-Key as a
 * well-behaved client sends on every creating POST.
 */
final class RequestFactory {

    static final long TIMEOUT_MILLIS = 10_000;

    private final URI url;
    private final String bodyTemplate;
    private final List<String> customers;
    private final Map<String, String> headers;

    RequestFactory(URI url, String bodyTemplate, List<String> customers, Map<String, String> headers) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("at least one customer");
        }
        this.url = url;
        this.bodyTemplate = bodyTemplate;
        this.customers = List.copyOf(customers);
        this.headers = Map.copyOf(headers);
    }

    String body(long n) {
        return bodyTemplate.replace("{customer}", customers.get((int) (n % customers.size())));
    }

    RequestOptions request() {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url.toString())
                .setIdleTimeout(TIMEOUT_MILLIS)
                .putHeader("Content-Type", "application/json")
                .putHeader("Idempotency-Key", UUID.randomUUID().toString());
        headers.forEach(options::putHeader);
        return options;
    }
}
