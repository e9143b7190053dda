package dev.tradebook.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * The customers a run works on, registered before it starts: each created through customer-service (or found
 * there already, 409) and then awaited until transaction-service and ledger-service have it from the customer
 * events, since a document for a customer they do not know yet would be refused.
 */
final class TrafficCustomers {

    /**
     * Far beyond what a run's invoices add up to (payments keep pace with them), so that credit control in mode
     * {@code CREDIT_LIMIT}, which the hold probe needs, never holds a traffic customer and refuses its orders.
     */
    static final String CREDIT_LIMIT = "100000000";
    private static final long WAIT_MILLIS = 120_000;
    private static final long POLL_MILLIS = 200;

    private final Vertx vertx;
    private final Calls calls;
    private final Endpoints endpoints;

    TrafficCustomers(Vertx vertx, Calls calls, Endpoints endpoints) {
        this.vertx = vertx;
        this.calls = calls;
        this.endpoints = endpoints;
    }

    /** Registers the traffic's customers, with a limit they cannot reach. */
    Future<Void> register(List<String> codes) {
        return register(codes, code -> Bodies.customer(code, CREDIT_LIMIT));
    }

    Future<Void> register(List<String> codes, Function<String, JsonObject> customer) {
        List<Future<Void>> registered = new ArrayList<>();
        for (String code : codes) {
            registered.add(calls.post("sales", endpoints.customer() + "/api/v1/customers", customer.apply(code))
                    .compose(reply -> Set.of(201, 409).contains(reply.status())
                            ? Future.succeededFuture()
                            : Future.failedFuture("customer " + code + " not registered: " + reply.status() + " " + reply.body()))
                    .compose(created -> known(endpoints.transaction() + "/api/v1/customers/" + code + "/credit",
                            System.currentTimeMillis()))
                    .compose(known -> known(endpoints.ledger() + "/api/v1/customers/" + code + "/account",
                            System.currentTimeMillis())));
        }
        return Future.all(registered).mapEmpty();
    }

    private Future<Void> known(String url, long since) {
        return calls.get("accounts", url).compose(reply -> {
            if (reply.is(200)) {
                return Future.succeededFuture();
            }
            if (System.currentTimeMillis() - since > WAIT_MILLIS) {
                return Future.failedFuture("not known after " + WAIT_MILLIS + " ms: " + url);
            }
            Promise<Void> later = Promise.promise();
            vertx.setTimer(POLL_MILLIS, id -> known(url, since).onComplete(later));
            return later.future();
        });
    }
}
