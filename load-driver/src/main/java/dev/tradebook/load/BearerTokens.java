package dev.tradebook.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Access tokens from Keycloak for the run's callers: users by the password grant (the realm's demo users, whose
 * password is their name) and confidential clients by the client-credentials grant. Fetched before the run and
 * again every {@link #REFRESH_MILLIS}, well inside the realm's token lifespan, so a long run never sends an
 * expired token.
 */
final class BearerTokens {

    static final long REFRESH_MILLIS = 240_000;

    private final Vertx vertx;
    private final HttpClient client;
    private final String tokenUrl;
    private final Map<String, String> grants = new TreeMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    BearerTokens(Vertx vertx, HttpClient client, String tokenUrl) {
        this.vertx = vertx;
        this.client = client;
        this.tokenUrl = tokenUrl;
    }

    BearerTokens user(String name) {
        grants.put(name, "grant_type=password&client_id=frontend&username=" + encoded(name) + "&password=" + encoded(name));
        return this;
    }

    BearerTokens client(String id, String secret) {
        grants.put(id, "grant_type=client_credentials&client_id=" + encoded(id) + "&client_secret=" + encoded(secret));
        return this;
    }

    /** Fetches every caller's token, then keeps them fresh until the Vert.x instance closes. */
    Future<Void> start() {
        return fetchAll().onSuccess(done -> vertx.setPeriodic(REFRESH_MILLIS, id -> fetchAll()));
    }

    String of(String caller) {
        String token = tokens.get(caller);
        if (token == null) {
            throw new IllegalArgumentException("no token for " + caller);
        }
        return token;
    }

    private Future<Void> fetchAll() {
        List<Future<String>> fetched = new ArrayList<>();
        grants.forEach((caller, form) -> fetched.add(fetch(caller, form)));
        return Future.all(fetched).mapEmpty();
    }

    private Future<String> fetch(String caller, String form) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(tokenUrl)
                .putHeader("Content-Type", "application/x-www-form-urlencoded");
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(form)))
                .compose(response -> response.body().compose(body -> response.statusCode() == 200
                        ? Future.succeededFuture(body.toJsonObject().getString("access_token"))
                        : Future.failedFuture("Keycloak refused a token for " + caller + ": " + body)))
                .onSuccess(token -> tokens.put(caller, token));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
