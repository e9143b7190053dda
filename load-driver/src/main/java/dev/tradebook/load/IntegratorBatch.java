package dev.tradebook.load;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An e-commerce integrator pushes a batch of web-shop orders for the traffic's customers; each must come back
 * CREATED, or DUPLICATE when a resend finds it already taken (the external ids are the run's own). Orders REFUSED
 * for a passing reason (a problem of status 5xx, 408 or 429, e.g. a service behind the gateway restarting) are sent
 * again, as an integrator does, until {@link Calls#RETRY_FOR_MILLIS} after the first try.
 */
final class IntegratorBatch implements Operation {

    static final int ORDERS_PER_BATCH = 5;
    private static final long RESEND_AFTER_MILLIS = 1_000;

    private final Vertx vertx;
    private final Workload work;
    private final String url;
    private final String runId;

    IntegratorBatch(Vertx vertx, Workload work, String runId) {
        this.vertx = vertx;
        this.work = work;
        this.url = work.endpoints().gateway() + "/integrations/v1/orders";
        this.runId = runId;
    }

    @Override
    public Future<Boolean> run(long n) {
        JsonArray orders = new JsonArray();
        for (int k = 0; k < ORDERS_PER_BATCH; k++) {
            orders.add(new JsonObject().put("channel", "load").put("externalOrderId", runId + "-" + n + "-" + k)
                    .put("customer", work.customer(n + k)).put("currency", "INR")
                    .put("lines", Bodies.lines(n + k)));
        }
        return push(orders, System.currentTimeMillis());
    }

    private Future<Boolean> push(JsonArray orders, long started) {
        return work.calls().post("integrator", url, new JsonObject().put("orders", orders)).compose(reply -> {
            if (!reply.is(200)) {
                return Future.succeededFuture(false);
            }
            JsonArray passingRefusals = new JsonArray();
            boolean allTaken = true;
            JsonArray results = reply.body().getJsonArray("results");
            for (int i = 0; i < results.size(); i++) {
                JsonObject outcome = results.getJsonObject(i);
                String number = outcome.getString("orderNumber");
                if (number != null && "CREATED".equals(outcome.getString("outcome"))) {
                    work.backlog().ordered(number);
                    work.acknowledged().add("sales-order", number);
                } else if (number != null && "DUPLICATE".equals(outcome.getString("outcome"))) {
                    work.acknowledged().add("sales-order", number);
                } else if (passing(outcome.getJsonObject("problem"))) {
                    passingRefusals.add(orders.getJsonObject(i));
                } else {
                    work.calls().keep("batch order " + outcome.getString("externalOrderId") + ": " + outcome.encode());
                    allTaken = false;
                }
            }
            if (passingRefusals.isEmpty()) {
                return Future.succeededFuture(allTaken);
            }
            if (System.currentTimeMillis() - started > Calls.RETRY_FOR_MILLIS) {
                work.calls().keep("batch orders still refused after " + Calls.RETRY_FOR_MILLIS + " ms: " + reply.body().encode());
                return Future.succeededFuture(false);
            }
            boolean othersTaken = allTaken;
            Promise<Boolean> resent = Promise.promise();
            vertx.setTimer(RESEND_AFTER_MILLIS, id -> push(passingRefusals, started).map(taken -> taken && othersTaken)
                    .onComplete(resent));
            return resent.future();
        });
    }

    private static boolean passing(JsonObject problem) {
        int status = problem == null ? 0 : problem.getInteger("status", 0);
        return status >= 500 || status == 429 || status == 408;
    }
}
