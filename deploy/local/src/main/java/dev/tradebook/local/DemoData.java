package dev.tradebook.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small, realistic data set loaded through the public APIs with a real token, so that it passes
 * every rule a user's data passes. Every record has a fixed code: loading again creates nothing twice.
 * It grows with the API: today customers of the customer master (and through events their debtor
 * accounts and credit copies).
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TRADE_NAMES = List.of("Traders", "Distributors", "Wholesale", "Agencies", "Stores",
            "Enterprises");
    private static final List<String> TOWNS = List.of("Pune", "Nashik", "Surat", "Indore", "Nagpur", "Vadodara");

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoData(LocalStack stack) {
        this.stack = stack;
    }

    void load(Consumer<String> progress) {
        String token = token("admin");
        int created = 0;
        int existing = 0;
        for (int i = 1; i <= 36; i++) {
            HttpResponse<Void> response = createCustomer(token, customer(i));
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
            if (response.statusCode() == 201 && !replayed) {
                created++;
            } else if (response.statusCode() == 201 || response.statusCode() == 409) {
                existing++;
            } else {
                throw new IllegalStateException("demo customer " + i + " refused with HTTP " + response.statusCode());
            }
        }
        progress.accept("demo data: " + created + " customers created, " + existing + " already there");
    }

    private static Map<String, Object> customer(int i) {
        boolean export = i % 6 == 0;
        String currency = export ? List.of("USD", "EUR", "AED").get(i % 3) : "INR";
        return Map.of(
                "code", "DEMO-%03d".formatted(i),
                "name", TOWNS.get(i % TOWNS.size()) + " " + TRADE_NAMES.get(i % TRADE_NAMES.size()) + " " + i,
                "currency", currency,
                "creditLimit", Integer.toString(i % 5 == 0 ? 0 : 50_000 * (1 + i % 4)),
                "debtorAccountGroups", export ? List.of("EXP") : List.of("DOM"));
    }

    private HttpResponse<Void> createCustomer(String token, Map<String, Object> customer) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.service(Service.CUSTOMER).url() + "/api/v1/customers"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "demo-" + customer.get("code"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(customer)))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("cannot load demo customer " + customer.get("code"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String user) {
        String form = "grant_type=password&client_id=frontend&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.keycloak().tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
