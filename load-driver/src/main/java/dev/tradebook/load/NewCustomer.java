package dev.tradebook.load;

import io.vertx.core.Future;

/** A salesman registers a new customer (code from the run's prefix and the request's number). */
final class NewCustomer implements Operation {

    private final Calls calls;
    private final String url;
    private final String prefix;
    private final Acknowledged acknowledged;

    NewCustomer(Calls calls, Endpoints endpoints, String prefix, Acknowledged acknowledged) {
        this.calls = calls;
        this.url = endpoints.customer() + "/api/v1/customers";
        this.prefix = prefix;
        this.acknowledged = acknowledged;
    }

    @Override
    public Future<Boolean> run(long n) {
        String code = prefix + "N" + n;
        return calls.post("sales", url, Bodies.customer(code, "50000")).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            acknowledged.add("customer", code);
            return true;
        });
    }
}
