package dev.tradebook.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Waits for a component to answer, instead of sleeping a fixed time. */
public final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** Until {@code url} answers 200 with a body that passes {@code accept}. */
    public static void awaitHttp(String what, String url, Predicate<String> accept, Duration timeout, ChildProcess process) {
        await(what, () -> {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && accept.test(response.body());
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, timeout, process);
    }

    public static void await(String what, BooleanSupplier ready, Duration timeout, ChildProcess process) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited during start; see " + process.log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " not ready after " + timeout.toSeconds() + " s"
                        + (process == null ? "" : "; see " + process.log()));
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
