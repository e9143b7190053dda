package dev.tradebook.load;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * The company's credit control in mode {@code CREDIT_LIMIT} for the run, which the hold probe needs: read first, set
 * only when it is another mode (its grace days and minimum overdue amount kept), and put back as read at the end.
 * Setting it holds every customer over its limit, so the traffic's own customers get limits they cannot reach
 * ({@link TrafficCustomers#CREDIT_LIMIT}).
 */
final class CreditControlForRun {

    static final String MODE = "CREDIT_LIMIT";

    private final Calls calls;
    private final String url;
    private JsonObject previous;

    CreditControlForRun(Calls calls, Endpoints endpoints) {
        this.calls = calls;
        this.url = endpoints.ledger() + "/api/v1/credit-control";
    }

    /** Sets the mode unless it is already on. */
    Future<Void> take() {
        return calls.get("accounts", url).compose(current -> {
            if (!current.is(200)) {
                return Future.failedFuture("credit control not readable: " + current.status() + " " + current.body());
            }
            if (MODE.equals(current.body().getString("mode"))) {
                return Future.succeededFuture();
            }
            previous = current.body();
            return change(previous.copy().put("mode", MODE));
        });
    }

    /** Puts back the settings read, when the run changed them. */
    Future<Void> giveBack() {
        return previous == null ? Future.succeededFuture() : change(previous);
    }

    /** For the report: what the run did to the company's credit control. */
    String note() {
        return previous == null
                ? "Credit control was already in mode " + MODE + "."
                : "Credit control was in mode " + previous.getString("mode") + ": set to " + MODE
                        + " for the run, put back at its end.";
    }

    private Future<Void> change(JsonObject settings) {
        return calls.put("accounts", url, settings).compose(answer -> answer.is(200)
                ? Future.succeededFuture()
                : Future.failedFuture("credit control not changed to " + settings.encode() + ": " + answer.status() + " "
                        + answer.body()));
    }
}
