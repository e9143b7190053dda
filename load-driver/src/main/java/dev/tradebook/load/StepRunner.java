package dev.tradebook.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Recorder;

/** Sends one step's requests at their due times and records each latency from that due time. */
final class StepRunner {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

    private final HttpClient client;
    private final RequestFactory requests;
    private final int maxInFlight;
    private long sent;

    StepRunner(HttpClient client, RequestFactory requests, int maxInFlight) {
        this.client = client;
        this.requests = requests;
        this.maxInFlight = maxInFlight;
    }

    StepResult run(double rate, double seconds) throws InterruptedException {
        Recorder recorder = new Recorder(MAX_LATENCY_MICROS, 3);
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        Pacing pacing = new Pacing(rate, System.nanoTime());
        long count = pacing.requests(seconds);
        for (long i = 0; i < count; i++) {
            long due = pacing.dueNanos(i);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            // A full window delays the send; the latency still counts from the due time.
            inFlight.acquire();
            client.sendAsync(requests.request(sent++), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long done = System.nanoTime();
                        recorder.recordValue(Math.min(MAX_LATENCY_MICROS, (done - due) / 1000));
                        boolean success = failure == null && response.statusCode() / 100 == 2;
                        (success ? ok : errors).incrementAndGet();
                        lastDone.accumulateAndGet(done, Math::max);
                        inFlight.release();
                    });
        }
        inFlight.acquire(maxInFlight);
        double elapsed = (lastDone.get() - pacing.startNanos()) / 1e9;
        return new StepResult(rate, ok.get(), errors.get(), elapsed, recorder.getIntervalHistogram());
    }
}
