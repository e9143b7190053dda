package dev.tradebook.load;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

/**
 * The stack's APIs called as its users call them: a bearer token per caller, and every creating POST with an
 * Idempotency-Key that a retry repeats. A request that failed without an answer (connection refused or reset, a
 * timeout), was answered 5xx or 429, or found its key still in progress is sent again, same key and body, until
 * {@link #RETRY_FOR_MILLIS} after the first try: a client of a service that is restarting sees it succeed once.
 * That is longer than the services' Idempotency-Key lease (60 s): a request cut off mid-flight (PostgreSQL
 * restarted under it) leaves its key in progress until the lease ends, and a client must outwait it.
 */
final class Calls {

    static final long RETRY_FOR_MILLIS = 90_000;
    static final long TIMEOUT_MILLIS = 10_000;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final Vertx vertx;
    private final HttpClient client;
    private final BearerTokens tokens;
    private static final int FAILURES_KEPT = 40;

    private final List<String> failures = new CopyOnWriteArrayList<>();
    private long retries;

    Calls(Vertx vertx, HttpClient client, BearerTokens tokens) {
        this.vertx = vertx;
        this.client = client;
        this.tokens = tokens;
    }

    Future<Reply> get(String caller, String url) {
        return call(HttpMethod.GET, caller, url, null, null);
    }

    /** A creating POST with a fresh Idempotency-Key. */
    Future<Reply> post(String caller, String url, JsonObject body) {
        return call(HttpMethod.POST, caller, url, body, UUID.randomUUID().toString());
    }

    Future<Reply> put(String caller, String url, JsonObject body) {
        return call(HttpMethod.PUT, caller, url, body, null);
    }

    /** The first answers outside 2xx (after retries) and requests that never got one: what went wrong, for the report. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Forgets the failures so far, e.g. the polls of a setup that waits for a customer to become known. */
    void forgetFailures() {
        failures.clear();
    }

    /** Requests sent again after a failure, so far. */
    long retries() {
        return retries;
    }

    private Future<Reply> call(HttpMethod method, String caller, String url, JsonObject body, String key) {
        Promise<Reply> reply = Promise.promise();
        attempt(method, caller, url, body == null ? null : body.toBuffer(), key, System.currentTimeMillis(),
                FIRST_BACKOFF_MILLIS, reply);
        return reply.future();
    }

    private void attempt(HttpMethod method, String caller, String url, Buffer body, String key, long started,
            long backoff, Promise<Reply> reply) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url)
                .setIdleTimeout(TIMEOUT_MILLIS).putHeader("Authorization", "Bearer " + tokens.of(caller));
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        if (key != null) {
            options.putHeader("Idempotency-Key", key);
        }
        client.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(bytes -> new Reply(response.statusCode(), json(bytes))))
                .onComplete(answer -> {
                    boolean again = answer.failed() || worthRetrying(answer.result());
                    if (again && System.currentTimeMillis() - started < RETRY_FOR_MILLIS) {
                        retries++;
                        vertx.setTimer(backoff, id -> attempt(method, caller, url, body, key, started,
                                Math.min(MAX_BACKOFF_MILLIS, backoff * 2), reply));
                    } else if (answer.failed()) {
                        keep(method + " " + url + ": " + answer.cause());
                        reply.fail(answer.cause());
                    } else {
                        if (answer.result().status() / 100 != 2) {
                            keep(method + " " + url + ": " + answer.result().status() + " " + answer.result().body());
                        }
                        reply.complete(answer.result());
                    }
                });
    }

    /** Notes a failure found by the caller, e.g. a 2xx answer whose content was not what the operation expects. */
    void keep(String failure) {
        if (failures.size() < FAILURES_KEPT) {
            failures.add(failure);
        }
    }

    private static boolean worthRetrying(Reply reply) {
        return reply.status() >= 500 || reply.status() == 429
                || reply.status() == 409 && reply.problemType().endsWith("/idempotency-key-in-progress");
    }

    private static JsonObject json(Buffer bytes) {
        if (bytes.length() == 0 || bytes.getByte(0) != '{') {
            return null;
        }
        try {
            return bytes.toJsonObject();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
