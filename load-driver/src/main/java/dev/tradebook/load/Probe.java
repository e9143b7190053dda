package dev.tradebook.load;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * A probe on customers of its own that no other traffic touches: each period it takes the next one through a cycle
 * whose lags it watches. A customer whose last cycle still runs is skipped that period, so two cycles never overlap
 * on the same customer (what each must see would be blurred).
 */
abstract class Probe {

    private final Vertx vertx;
    private final Calls calls;
    private final Endpoints endpoints;
    private final Acknowledged acknowledged;
    private final List<String> customers;
    private final LagWatch watch;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private long timer = -1;
    private int turn;

    /** {@code places}: where its lags are watched, in the order the report lists them. */
    Probe(Vertx vertx, Calls calls, Endpoints endpoints, List<String> customers, Acknowledged acknowledged,
            long giveUpMillis, List<String> places) {
        this.vertx = vertx;
        this.calls = calls;
        this.endpoints = endpoints;
        this.acknowledged = acknowledged;
        this.customers = List.copyOf(customers);
        this.watch = new LagWatch(vertx, calls, giveUpMillis, places);
    }

    /** One cycle on the customer: its documents and the watching of their consequences. */
    abstract Future<?> cycle(String customer);

    void start(long everyMillis) {
        watch.start();
        if (!customers.isEmpty()) {
            vertx.runOnContext(go -> timer = vertx.setPeriodic(everyMillis, id -> next()));
        }
    }

    void stop() {
        vertx.runOnContext(halt -> vertx.cancelTimer(timer));
    }

    /** Whether every cycle started has ended: seen everywhere or given up on. */
    boolean settled() {
        return busy.isEmpty();
    }

    LagWatch watch() {
        return watch;
    }

    Calls calls() {
        return calls;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /** Where the probe's documents go, like the traffic's. */
    Acknowledged acknowledged() {
        return acknowledged;
    }

    private void next() {
        String customer = customers.get(turn++ % customers.size());
        if (busy.add(customer)) {
            cycle(customer).onComplete(ended -> busy.remove(customer));
        }
    }
}
