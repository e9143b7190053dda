package dev.tradebook.load;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** A salesman's credit-checked sales order for one of the traffic's customers, in turn. */
final class PlaceOrder implements Operation {

    private final Calls calls;
    private final String url;
    private final List<String> customers;
    private final Backlog backlog;
    private final Acknowledged acknowledged;

    PlaceOrder(Calls calls, Endpoints endpoints, List<String> customers, Backlog backlog, Acknowledged acknowledged) {
        this.calls = calls;
        this.url = endpoints.transaction() + "/api/v1/sales-orders";
        this.customers = customers;
        this.backlog = backlog;
        this.acknowledged = acknowledged;
    }

    @Override
    public Future<Boolean> run(long n) {
        JsonObject order = new JsonObject().put("customer", customers.get((int) (n % customers.size())))
                .put("lines", Bodies.lines(n));
        return calls.post("sales", url, order).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            String number = reply.body().getString("number");
            backlog.ordered(number);
            acknowledged.add("sales-order", number);
            return true;
        });
    }
}
