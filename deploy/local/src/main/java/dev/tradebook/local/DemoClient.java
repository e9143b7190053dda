package dev.tradebook.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The public APIs of the running stack, called as a Keycloak user, the way a frontend calls them. */
final class DemoClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    DemoClient(LocalStack stack, String user) {
        this.stack = stack;
        this.token = token(user);
    }

    /** A creating POST; the Idempotency-Key makes a rerun after an interrupted load return the first answer. */
    HttpResponse<String> post(Service service, String path, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = request(service, path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request.build());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode demo " + path, e);
        }
    }

    HttpResponse<String> get(Service service, String path) {
        return send(request(service, path).GET().build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(Service service, String path) {
        return HttpRequest.newBuilder(URI.create(stack.service(service).url() + path))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String user) {
        String form = "grant_type=password&client_id=frontend&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.keycloak().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
        }
        return json(response).get("access_token").asText();
    }
}
