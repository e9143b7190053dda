package dev.tradebook.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;

/**
 * Sends one step's requests at their due times and records each latency from that due time. Sending,
 * answers and the per-second figures all run on the client's one event loop: the driver costs the shared
 * cores little, and a request waiting for a free connection still counts its wait.
 */
final class StepRunner {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final Vertx vertx;
    private final HttpClient client;
    private final RequestFactory requests;
    private long sent;

    StepRunner(Vertx vertx, HttpClient client, RequestFactory requests) {
        this.vertx = vertx;
        this.client = client;
        this.requests = requests;
    }

    StepResult run(double rate, double seconds) throws InterruptedException {
        CompletableFuture<StepResult> result = new CompletableFuture<>();
        vertx.runOnContext(start -> new Step(new Pacing(rate, System.nanoTime()), seconds, result).start());
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the step failed", e.getCause());
        }
    }

    /** One step's state; touched only on the event loop. */
    private final class Step {

        private final Pacing pacing;
        private final long count;
        private final CompletableFuture<StepResult> result;
        private final Recorder recorder = new Recorder(MAX_LATENCY_MICROS, 3);
        private final Histogram total = new Histogram(MAX_LATENCY_MICROS, 3);
        private final Timeline timeline = new Timeline();
        private long next;
        private long done;
        private long ok;
        private long errors;
        private long lastDone;
        private long pacer;
        private long ticker;

        Step(Pacing pacing, double seconds, CompletableFuture<StepResult> result) {
            this.pacing = pacing;
            this.count = pacing.requests(seconds);
            this.result = result;
        }

        void start() {
            pacer = vertx.setPeriodic(1, id -> sendDue());
            ticker = vertx.setPeriodic(1000, id -> tick());
            sendDue();
        }

        private void sendDue() {
            long now = System.nanoTime();
            while (next < count && pacing.dueNanos(next) <= now) {
                send(pacing.dueNanos(next), requests.body(sent++));
                next++;
            }
            if (next == count) {
                vertx.cancelTimer(pacer);
            }
        }

        private void send(long due, String body) {
            client.request(requests.request())
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> response.body().map(ignored -> response))
                    .onComplete(answer -> answered(due, answer.succeeded() ? answer.result() : null));
        }

        private void answered(long due, HttpClientResponse response) {
            long now = System.nanoTime();
            recorder.recordValue(Math.min(MAX_LATENCY_MICROS, (now - due) / 1000));
            if (response != null && response.statusCode() / 100 == 2) {
                ok++;
            } else {
                errors++;
            }
            lastDone = Math.max(lastDone, now);
            if (++done == count) {
                vertx.cancelTimer(ticker);
                tick();
                double elapsed = (lastDone - pacing.startNanos()) / 1e9;
                result.complete(new StepResult(pacing.ratePerSecond(), ok, errors, elapsed, total, timeline));
            }
        }

        private void tick() {
            Histogram second = recorder.getIntervalHistogram();
            total.add(second);
            timeline.add(second);
        }
    }
}
