package dev.tradebook.load;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Event lag, measured on customers of its own that no other traffic touches: every period it invoices one of them
 * and, from the invoice's 201, polls until the ledger's balance and the customer master's balance both show the
 * invoice (the balance it must reach is known exactly, since nothing else moves it). The lag is the time from the
 * answer to the first poll that sees the new balance.
 */
final class LagProbe extends Probe {

    static final String LEDGER = "ledger balance";
    static final String CUSTOMER = "customer balance";

    private final Map<String, BigDecimal> expected = new HashMap<>();
    private long invoices;
    private long failed;
    private long sent;

    LagProbe(Vertx vertx, Calls calls, Endpoints endpoints, List<String> customers, Acknowledged acknowledged,
            long giveUpMillis) {
        super(vertx, calls, endpoints, customers, acknowledged, giveUpMillis, List.of(LEDGER, CUSTOMER));
        customers.forEach(customer -> expected.put(customer, BigDecimal.ZERO));
    }

    long invoices() {
        return invoices;
    }

    long failed() {
        return failed;
    }

    @Override
    Future<?> cycle(String customer) {
        JsonObject invoice = new JsonObject().put("customer", customer).put("lines", Bodies.lines(++sent));
        return calls().post("accounts", endpoints().transaction() + "/api/v1/invoices", invoice).compose(answer -> {
            if (!answer.is(201)) {
                failed++;
                return Future.succeededFuture();
            }
            invoices++;
            JsonObject issued = answer.body();
            acknowledged().add("invoice", issued.getString("number"));
            BigDecimal balance = expected.merge(customer, new BigDecimal(issued.getJsonObject("totals").getString("total")),
                    BigDecimal::add);
            long issuedAt = System.nanoTime();
            return Future.all(
                    watch().until(LEDGER, endpoints().ledger() + "/api/v1/customers/" + customer + "/account",
                            body -> shows(body.getString("balance"), balance), issuedAt),
                    watch().until(CUSTOMER, endpoints().customer() + "/api/v1/customers/" + customer,
                            body -> body.getJsonObject("balance") != null
                                    && shows(body.getJsonObject("balance").getString("amount"), balance), issuedAt));
        }).onFailure(unanswered -> failed++);
    }

    private static boolean shows(String amount, BigDecimal balance) {
        return amount != null && new BigDecimal(amount).compareTo(balance) == 0;
    }
}
