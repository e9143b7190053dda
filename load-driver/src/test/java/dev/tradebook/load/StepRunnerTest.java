package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;

/** Against a real HTTP server on a free port that answers after a fixed delay. */
class StepRunnerTest {

    private static final long SERVER_DELAY_MILLIS = 50;

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger received = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            int n = received.incrementAndGet();
            vertx.setTimer(SERVER_DELAY_MILLIS, id -> request.response().setStatusCode(n % 10 == 0 ? 500 : 201)
                    .end(body));
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void sendsEveryRequestOfTheStepAndCountsTheServersRefusalsAsErrors() throws Exception {
        StepResult step = runner(16).run(100, 2);

        assertThat(received.get()).isEqualTo(200);
        assertThat(step.ok()).isEqualTo(180);
        assertThat(step.errors()).isEqualTo(20);
        assertThat(step.percentileMillis(50)).isBetween(50.0, 150.0);
        assertThat(step.timeline().seconds().stream().mapToLong(Timeline.Second::answers).sum()).isEqualTo(200);
    }

    @Test
    void aRequestWaitingForAConnectionCountsItsWaitFromItsDueTime() throws Exception {
        // One connection answers 20 requests a second; 40 are due in that second, so the last waits ~1 s more.
        StepResult step = runner(1).run(40, 1);

        assertThat(step.ok() + step.errors()).isEqualTo(40);
        assertThat(step.latencyMicros().getMaxValue() / 1000d).isGreaterThan(900);
        assertThat(step.achievedRate()).isLessThan(25);
        assertThat(step.sustained()).isFalse();
    }

    @Test
    void keepsTheLatenciesOfEachOperationApart() throws Exception {
        Traffic traffic = new Traffic() {
            @Override
            public String operation(long n) {
                return n % 4 == 0 ? "slow" : "fast";
            }

            @Override
            public Future<Boolean> send(long n) {
                Promise<Boolean> answered = Promise.promise();
                vertx.setTimer(operation(n).equals("slow") ? 200 : 1, id -> answered.complete(true));
                return answered.future();
            }
        };

        StepResult step = new StepRunner(vertx, traffic).run(40, 1);

        assertThat(step.operations()).containsOnlyKeys("slow", "fast");
        assertThat(step.operations().get("slow").getTotalCount()).isEqualTo(10);
        assertThat(step.operations().get("fast").getTotalCount()).isEqualTo(30);
        assertThat(step.operations().get("slow").getValueAtPercentile(50) / 1000d).isGreaterThanOrEqualTo(200);
        assertThat(step.operations().get("fast").getValueAtPercentile(99) / 1000d).isLessThan(150);
    }

    private StepRunner runner(int connections) {
        RequestFactory requests = new RequestFactory(URI.create("http://localhost:" + server.actualPort() + "/orders"),
                "{\"customer\": \"{customer}\"}", List.of("C1"), Map.of());
        return new StepRunner(vertx, new PostTraffic(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections)), requests));
    }
}
