package dev.tradebook.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.HdrHistogram.Histogram;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * How long a probe's document takes to show its consequence at each place: polls the place from the document's
 * answer until a poll shows it (the lag) or, after the give-up time, counts it as never shown. Touched on the event
 * loop only.
 */
final class LagWatch {

    static final long POLL_MILLIS = 20;
    static final long GIVE_UP_MILLIS = 60_000;
    private static final long MAX_LAG_MILLIS = 600_000;

    /** One sighting: seconds since the watch started, where, and after how long. */
    record Sample(double atSecond, String where, long lagMillis) {
    }

    private final Vertx vertx;
    private final Calls calls;
    private final long giveUpMillis;
    private final Map<String, Histogram> lags = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private long started = System.nanoTime();
    private long unseen;

    LagWatch(Vertx vertx, Calls calls, long giveUpMillis, List<String> places) {
        this.vertx = vertx;
        this.calls = calls;
        this.giveUpMillis = giveUpMillis;
        places.forEach(place -> lags.put(place, new Histogram(MAX_LAG_MILLIS, 3)));
    }

    /** Seconds of the samples count from now, as the run's timeline does. */
    void start() {
        started = System.nanoTime();
    }

    /**
     * Polls {@code url} as accounts until {@code shows} holds for its JSON body: true once seen, false when given up
     * on. {@code since}: the document's answer, in {@link System#nanoTime()}.
     */
    Future<Boolean> until(String where, String url, Predicate<JsonObject> shows, long since) {
        Promise<Boolean> seen = Promise.promise();
        poll(where, url, shows, since, seen);
        return seen.future();
    }

    private void poll(String where, String url, Predicate<JsonObject> shows, long since, Promise<Boolean> seen) {
        calls.get("accounts", url).onComplete(answer -> {
            long now = System.nanoTime();
            long lagMillis = (now - since) / 1_000_000;
            if (answer.succeeded() && answer.result().is(200) && shows.test(answer.result().body())) {
                lags.get(where).recordValue(Math.min(MAX_LAG_MILLIS, lagMillis));
                samples.add(new Sample((now - started) / 1e9, where, lagMillis));
                seen.complete(true);
            } else if (lagMillis > giveUpMillis) {
                unseen++;
                seen.complete(false);
            } else {
                vertx.setTimer(POLL_MILLIS, id -> poll(where, url, shows, since, seen));
            }
        });
    }

    /** The lags by place, in the order the places were given. */
    Map<String, Histogram> lags() {
        return lags;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The largest lag seen at {@code where} in the given second of the run, or empty. */
    String maxLagIn(int second, String where) {
        return samples.stream().filter(sample -> sample.where().equals(where))
                .filter(sample -> (int) Math.ceil(sample.atSecond()) == second)
                .mapToLong(Sample::lagMillis).max().stream().mapToObj(Long::toString).findFirst().orElse("");
    }

    long unseen() {
        return unseen;
    }

    long samplesSeen() {
        return lags.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    long giveUpMillis() {
        return giveUpMillis;
    }
}
