package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/** Against a fake remote that plays a service having a bad moment. */
class CallsTest {

    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile List<Integer> statuses;
    private FakeRemote remote;

    @BeforeEach
    void startServer() throws Exception {
        remote = new FakeRemote(this::answer);
    }

    @AfterEach
    void stop() throws Exception {
        remote.close();
    }

    @Test
    void sendsARequestAnsweredWithAServerErrorAgainWithTheSameIdempotencyKey() throws Exception {
        statuses = List.of(503, 500, 201);

        Reply reply = post();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().getString("n")).isEqualTo("3");
        assertThat(keys).hasSize(3).doesNotContainNull().containsOnly(keys.get(0));
        assertThat(authorizations).containsOnly("Bearer token-of-sales");
    }

    @Test
    void waitsForAKeyStillInProgressToComplete() throws Exception {
        statuses = List.of(409, 201);

        assertThat(post().status()).isEqualTo(201);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void takesABusinessRefusalAsTheAnswer() throws Exception {
        statuses = List.of(422, 201);

        Reply reply = post();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).endsWith("/credit-limit-exceeded");
        assertThat(calls.get()).isEqualTo(1);
    }

    private Reply post() throws Exception {
        return remote.calls("sales").post("sales", remote.endpoints().transaction() + "/api/v1/sales-orders",
                new JsonObject().put("customer", "C1")).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private void answer(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            keys.add(request.getHeader("Idempotency-Key"));
            authorizations.add(request.getHeader("Authorization"));
            int n = calls.incrementAndGet();
            int status = statuses.get(n - 1);
            String type = switch (status) {
                case 409 -> "https://tradebook.dev/problems/idempotency-key-in-progress";
                case 422 -> "https://tradebook.dev/problems/credit-limit-exceeded";
                default -> "https://tradebook.dev/problems/unavailable";
            };
            JsonObject answer = status == 201 ? new JsonObject().put("n", Integer.toString(n))
                    : new JsonObject().put("type", type).put("status", status);
            request.response().setStatusCode(status).end(answer.encode());
        });
    }
}
