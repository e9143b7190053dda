package dev.tradebook.load;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** A salesman's credit-checked sales order for one of the traffic's customers, in turn. */
final class PlaceOrder implements Operation {

    private final Workload work;
    private final String url;

    PlaceOrder(Workload work) {
        this.work = work;
        this.url = work.endpoints().transaction() + "/api/v1/sales-orders";
    }

    @Override
    public Future<Boolean> run(long n) {
        JsonObject order = new JsonObject().put("customer", work.customer(n))
                .put("lines", Bodies.lines(n));
        return work.calls().post("sales", url, order).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            String number = reply.body().getString("number");
            work.backlog().ordered(number);
            work.acknowledged().add("sales-order", number);
            return true;
        });
    }
}
