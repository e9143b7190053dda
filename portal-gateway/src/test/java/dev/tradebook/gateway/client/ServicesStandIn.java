package dev.tradebook.gateway.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for ledger-service and transaction-service, answering as the path says
 * (customer or document codes name the behaviour), and counting the calls it got: {@code GET /calls?of=METHOD
 * path} answers the count. customer-service is a closed port: down. A sales order sent for cart order
 * {@link #CART_ORDER_TAKEN} (found in its body only as ecommerce.cartMapping) is refused as placed before.
 */
public class ServicesStandIn implements QuarkusTestResourceLifecycleManager {

    /** Fails this many times per call key (method, path, Idempotency-Key), then answers. */
    static final int FLAKY_FAILURES = 2;

    /** A sales order whose body names this (as its cart order) was placed before: 409 naming SO000777. */
    static final String CART_ORDER_TAKEN = "CART-TAKEN";

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/calls", this::count);
        server.createContext("/api/v1", this::answer);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of(
                "quarkus.rest-client.ledger-service.url", url,
                "quarkus.rest-client.transaction-service.url", url,
                "quarkus.rest-client.customer-service.url", "http://localhost:" + closedPort(),
                "quarkus.rest-client.read-timeout", "1000",
                "gateway.service-calls.retry.delay", "10ms",
                "gateway.service-calls.breaker.request-volume", "6",
                "gateway.service-calls.breaker.failure-ratio", "1.0",
                "gateway.service-calls.breaker.delay", "1h");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        int call = calls.computeIfAbsent(exchange.getRequestMethod() + " " + path, k -> new AtomicInteger()).incrementAndGet();
        int callWithKey = calls.computeIfAbsent(exchange.getRequestMethod() + " " + path + " " + key,
                k -> new AtomicInteger()).incrementAndGet();
        if (path.endsWith("/sales-orders") && requestBody(exchange).contains(CART_ORDER_TAKEN)) {
            reply(exchange, 409, "application/problem+json", """
                    {"type": "https://tradebook.dev/problems/cart-order-taken", "title": "Conflict", "status": 409,
                     "salesOrder": "SO000777", "customer": "EARLIER"}""");
        } else if (path.contains("/SLOW/")) {
            sleep();
            reply(exchange, 200, "application/json", "{}");
        } else if (path.contains("/REFUSED/")) {
            reply(exchange, 404, "application/problem+json",
                    "{\"type\": \"https://tradebook.dev/problems/not-found\", \"title\": \"Not found\", \"status\": 404}");
        } else if (path.contains("/BROKEN/") || path.contains("Q-BROKEN") || key == null && path.endsWith("/sales-orders")) {
            failure(exchange);
        } else if (path.contains("/FLAKY/") && call <= FLAKY_FAILURES || key != null && callWithKey <= FLAKY_FAILURES) {
            failure(exchange);
        } else if (exchange.getRequestMethod().equals("POST")) {
            reply(exchange, 201, "application/json", "{\"number\": \"SO000001\", \"customer\": \"FLAKY\"}");
        } else {
            reply(exchange, 200, "application/json", "{\"entries\": []}");
        }
    }

    private void count(HttpExchange exchange) throws IOException {
        String of = URLDecoder.decode(exchange.getRequestURI().getRawQuery().substring("of=".length()), StandardCharsets.UTF_8);
        AtomicInteger count = calls.get(of);
        reply(exchange, 200, "text/plain", String.valueOf(count == null ? 0 : count.get()));
    }

    private static String requestBody(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void failure(HttpExchange exchange) throws IOException {
        reply(exchange, 500, "application/problem+json",
                "{\"type\": \"https://tradebook.dev/problems/internal-error\", \"title\": \"Internal error\", \"status\": 500}");
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
