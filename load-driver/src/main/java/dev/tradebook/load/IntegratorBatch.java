package dev.tradebook.load;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An e-commerce integrator pushes a batch of web-shop orders for the traffic's customers; each must come back
 * CREATED, or DUPLICATE when a retry of the batch finds it already taken (the external ids are the run's own).
 */
final class IntegratorBatch implements Operation {

    static final int ORDERS_PER_BATCH = 5;

    private final Calls calls;
    private final String url;
    private final String runId;
    private final List<String> customers;
    private final Backlog backlog;
    private final Acknowledged acknowledged;

    IntegratorBatch(Calls calls, Endpoints endpoints, String runId, List<String> customers, Backlog backlog,
            Acknowledged acknowledged) {
        this.calls = calls;
        this.url = endpoints.gateway() + "/integrations/v1/orders";
        this.runId = runId;
        this.customers = customers;
        this.backlog = backlog;
        this.acknowledged = acknowledged;
    }

    @Override
    public Future<Boolean> run(long n) {
        JsonArray orders = new JsonArray();
        for (int k = 0; k < ORDERS_PER_BATCH; k++) {
            orders.add(new JsonObject().put("channel", "load").put("externalOrderId", runId + "-" + n + "-" + k)
                    .put("customer", customers.get((int) ((n + k) % customers.size()))).put("currency", "INR")
                    .put("lines", Bodies.lines(n + k)));
        }
        return calls.post("integrator", url, new JsonObject().put("orders", orders)).map(reply -> {
            if (!reply.is(200)) {
                return false;
            }
            boolean allTaken = true;
            for (Object result : reply.body().getJsonArray("results")) {
                JsonObject outcome = (JsonObject) result;
                String number = outcome.getString("orderNumber");
                if (number != null && "CREATED".equals(outcome.getString("outcome"))) {
                    backlog.ordered(number);
                    acknowledged.add("sales-order", number);
                } else if (number != null && "DUPLICATE".equals(outcome.getString("outcome"))) {
                    acknowledged.add("sales-order", number);
                } else {
                    allTaken = false;
                }
            }
            return allTaken;
        });
    }
}
