package dev.tradebook.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Event lag, measured on customers of its own that no other traffic touches: every period it invoices one of them
 * and, from the invoice's 201, polls until the ledger's balance and the customer master's balance both show the
 * invoice (the balance it must reach is known exactly, since nothing else moves it). The lag is the time from the
 * answer to the first poll that sees the new balance.
 */
final class LagProbe {

    static final long POLL_MILLIS = 20;
    static final long GIVE_UP_MILLIS = 60_000;
    private static final long MAX_LAG_MILLIS = 600_000;

    /** One sighting: seconds since the probe started, where, and after how long. */
    record Sample(double atSecond, String where, long lagMillis) {
    }

    private final Vertx vertx;
    private final Calls calls;
    private final Endpoints endpoints;
    private final List<String> customers;
    private final Map<String, BigDecimal> expected = new HashMap<>();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Map<String, Histogram> lags = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final Acknowledged acknowledged;
    private long started;
    private long timer = -1;
    private long invoices;
    private long unseen;
    private long failed;
    private int turn;

    LagProbe(Vertx vertx, Calls calls, Endpoints endpoints, List<String> customers, Acknowledged acknowledged) {
        this.vertx = vertx;
        this.calls = calls;
        this.endpoints = endpoints;
        this.customers = List.copyOf(customers);
        this.acknowledged = acknowledged;
        customers.forEach(customer -> expected.put(customer, BigDecimal.ZERO));
        lags.put("ledger balance", new Histogram(MAX_LAG_MILLIS, 3));
        lags.put("customer balance", new Histogram(MAX_LAG_MILLIS, 3));
    }

    void start(long everyMillis) {
        vertx.runOnContext(go -> {
            started = System.nanoTime();
            timer = vertx.setPeriodic(everyMillis, id -> probe());
        });
    }

    void stop() {
        vertx.runOnContext(halt -> vertx.cancelTimer(timer));
    }

    /** Whether every probe has been seen everywhere or given up on. */
    boolean settled() {
        return busy.isEmpty();
    }

    Map<String, Histogram> lags() {
        return lags;
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    long invoices() {
        return invoices;
    }

    long unseen() {
        return unseen;
    }

    long failed() {
        return failed;
    }

    private void probe() {
        String customer = customers.get(turn++ % customers.size());
        if (!busy.add(customer)) {
            return;
        }
        JsonObject invoice = new JsonObject().put("customer", customer).put("lines", Bodies.lines(turn));
        calls.post("accounts", endpoints.transaction() + "/api/v1/invoices", invoice).onComplete(answer -> {
            if (answer.failed() || !answer.result().is(201)) {
                failed++;
                busy.remove(customer);
                return;
            }
            invoices++;
            JsonObject issued = answer.result().body();
            acknowledged.add("invoice", issued.getString("number"));
            BigDecimal balance = expected.merge(customer, new BigDecimal(issued.getJsonObject("totals").getString("total")),
                    BigDecimal::add);
            long issuedAt = System.nanoTime();
            int[] pending = {2};
            Runnable seen = () -> {
                if (--pending[0] == 0) {
                    busy.remove(customer);
                }
            };
            watch("ledger balance", endpoints.ledger() + "/api/v1/customers/" + customer + "/account",
                    body -> body.getString("balance"), balance, issuedAt, seen);
            watch("customer balance", endpoints.customer() + "/api/v1/customers/" + customer,
                    body -> body.getJsonObject("balance") == null ? null : body.getJsonObject("balance").getString("amount"),
                    balance, issuedAt, seen);
        });
    }

    private void watch(String where, String url, Function<JsonObject, String> balanceOf, BigDecimal balance,
            long issuedAt, Runnable seen) {
        calls.get("accounts", url).onComplete(answer -> {
            long now = System.nanoTime();
            long lagMillis = (now - issuedAt) / 1_000_000;
            String shown = answer.succeeded() && answer.result().is(200) ? balanceOf.apply(answer.result().body()) : null;
            if (shown != null && new BigDecimal(shown).compareTo(balance) == 0) {
                lags.get(where).recordValue(Math.min(MAX_LAG_MILLIS, lagMillis));
                samples.add(new Sample((now - started) / 1e9, where, lagMillis));
                seen.run();
            } else if (lagMillis > GIVE_UP_MILLIS) {
                unseen++;
                seen.run();
            } else {
                vertx.setTimer(POLL_MILLIS, id -> watch(where, url, balanceOf, balance, issuedAt, seen));
            }
        });
    }
}
