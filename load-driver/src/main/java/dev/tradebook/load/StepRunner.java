package dev.tradebook.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.vertx.core.Vertx;

/**
 * Sends one step's requests at their due times and records each latency from that due time, overall and per
 * operation. Sending, answers and the per-second figures all run on the client's one event loop: the driver
 * costs the shared cores little, and a request waiting for a free connection still counts its wait.
 */
final class StepRunner {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final Vertx vertx;
    private final Traffic traffic;
    private long sent;

    StepRunner(Vertx vertx, Traffic traffic) {
        this.vertx = vertx;
        this.traffic = traffic;
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
        private final Map<String, Histogram> operations = new TreeMap<>();
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
                send(pacing.dueNanos(next), sent++);
                next++;
            }
            if (next == count) {
                vertx.cancelTimer(pacer);
            }
        }

        private void send(long due, long n) {
            String operation = traffic.operation(n);
            traffic.send(n).onComplete(answer -> answered(due, operation, answer.succeeded() && answer.result()));
        }

        private void answered(long due, String operation, boolean expected) {
            long now = System.nanoTime();
            long micros = Math.min(MAX_LATENCY_MICROS, (now - due) / 1000);
            recorder.recordValue(micros);
            operations.computeIfAbsent(operation, name -> new Histogram(MAX_LATENCY_MICROS, 3)).recordValue(micros);
            if (expected) {
                ok++;
            } else {
                errors++;
            }
            lastDone = Math.max(lastDone, now);
            if (++done == count) {
                vertx.cancelTimer(ticker);
                tick();
                double elapsed = (lastDone - pacing.startNanos()) / 1e9;
                result.complete(new StepResult(pacing.ratePerSecond(), ok, errors, elapsed, total, timeline,
                        operations));
            }
        }

        private void tick() {
            Histogram second = recorder.getIntervalHistogram();
            total.add(second);
            timeline.add(second);
        }
    }
}
