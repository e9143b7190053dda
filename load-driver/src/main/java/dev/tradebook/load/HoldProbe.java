package dev.tradebook.load;

import java.util.List;
import java.util.function.Predicate;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Event lag to a credit hold, on customers of its own with a small limit that no other traffic touches: every period
 * it takes an idle one through a cycle. An invoice over the limit (the warning acknowledged, as accounts does) must
 * make the ledger hold the customer for {@code CREDIT_LIMIT}, shown on the customer master and in
 * transaction-service; then the payment of that invoice, allocated to it, must release the hold at both places.
 * Each lag runs from the document's 201 to the first poll that shows its consequence. Needs the company's credit
 * control in mode {@code CREDIT_LIMIT} (see {@link CreditControlForRun}).
 */
final class HoldProbe extends Probe {

    static final String HOLD_ON_CUSTOMER = "hold on customer";
    static final String HOLD_IN_TRANSACTIONS = "hold in transactions";
    static final String RELEASE_ON_CUSTOMER = "release on customer";
    static final String RELEASE_IN_TRANSACTIONS = "release in transactions";
    static final String CREDIT_LIMIT = "1000";
    /** Over the limit on its own, so each cycle starts from a zero balance and ends there. */
    static final String INVOICE_AMOUNT = "1500.00";
    private static final String REASON = "CREDIT_LIMIT";

    private long cycles;
    private long refused;

    HoldProbe(Vertx vertx, Calls calls, Endpoints endpoints, List<String> customers, Acknowledged acknowledged,
            long giveUpMillis) {
        super(vertx, calls, endpoints, customers, acknowledged, giveUpMillis,
                List.of(HOLD_ON_CUSTOMER, HOLD_IN_TRANSACTIONS, RELEASE_ON_CUSTOMER, RELEASE_IN_TRANSACTIONS));
    }

    /** A hold-probe customer: a dealer whose invoices over the small limit only warn. */
    static JsonObject customer(String code) {
        return Bodies.customer(code, CREDIT_LIMIT).put("creditActionOnInvoice", "WARN");
    }

    /** Invoices over the limit the stack accepted: each a cycle whose four lags are measured. */
    long cycles() {
        return cycles;
    }

    /** Invoices and payments of the cycles answered otherwise than 201, or not at all. */
    long refused() {
        return refused;
    }

    /** Invoice, hold seen at both places (or given up on), payment, release seen at both places. */
    @Override
    Future<?> cycle(String customer) {
        JsonObject invoice = new JsonObject().put("customer", customer).put("acknowledgeCreditWarning", true)
                .put("lines", Bodies.linesWorth(INVOICE_AMOUNT));
        return issue("invoice", "/api/v1/invoices", invoice).compose(issued -> {
            cycles++;
            return Future.all(
                    watch().until(HOLD_ON_CUSTOMER, customerUrl(customer), held(true), issued.at()),
                    watch().until(HOLD_IN_TRANSACTIONS, creditUrl(customer), held(true), issued.at()))
                    .compose(seen -> issue("payment", "/api/v1/payments", payment(customer, issued.body())))
                    .compose(paid -> Future.all(
                            watch().until(RELEASE_ON_CUSTOMER, customerUrl(customer), held(false), paid.at()),
                            watch().until(RELEASE_IN_TRANSACTIONS, creditUrl(customer), held(false), paid.at())));
        });
    }

    /** A document's body and when its 201 came, in {@link System#nanoTime()}. */
    private record Issued(JsonObject body, long at) {
    }

    private Future<Issued> issue(String kind, String path, JsonObject document) {
        return calls().post("accounts", endpoints().transaction() + path, document).transform(answer -> {
            if (answer.failed() || !answer.result().is(201)) {
                refused++;
                return Future.failedFuture(kind + " of the hold probe refused");
            }
            acknowledged().add(kind, answer.result().body().getString("number"));
            return Future.succeededFuture(new Issued(answer.result().body(), System.nanoTime()));
        });
    }

    private static JsonObject payment(String customer, JsonObject invoice) {
        String total = invoice.getJsonObject("totals").getString("total");
        return new JsonObject().put("customer", customer).put("amount", total).put("method", "BANK_TRANSFER")
                .put("reference", "hold-probe-" + invoice.getString("number")).put("allocations", new JsonArray()
                        .add(new JsonObject().put("invoice", invoice.getString("number")).put("amount", total)));
    }

    private static Predicate<JsonObject> held(boolean expected) {
        return body -> {
            JsonArray reasons = body.getJsonArray("holdReasons");
            return (reasons != null && reasons.contains(REASON)) == expected;
        };
    }

    private String customerUrl(String customer) {
        return endpoints().customer() + "/api/v1/customers/" + customer;
    }

    private String creditUrl(String customer) {
        return endpoints().transaction() + "/api/v1/customers/" + customer + "/credit";
    }
}
