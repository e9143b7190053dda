package dev.tradebook.load;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Accounts records the customer's bank transfer for the oldest unpaid invoice, allocated to it; with none waiting,
 * a small payment on account of one of the traffic's customers.
 */
final class ReceivePayment implements Operation {

    private final Calls calls;
    private final String url;
    private final List<String> customers;
    private final Backlog backlog;
    private final Acknowledged acknowledged;

    ReceivePayment(Calls calls, Endpoints endpoints, List<String> customers, Backlog backlog,
            Acknowledged acknowledged) {
        this.calls = calls;
        this.url = endpoints.transaction() + "/api/v1/payments";
        this.customers = customers;
        this.backlog = backlog;
        this.acknowledged = acknowledged;
    }

    @Override
    public Future<Boolean> run(long n) {
        Backlog.Invoice invoice = backlog.nextInvoiceToPay();
        JsonObject payment = new JsonObject().put("method", "BANK_TRANSFER").put("reference", "load-" + n);
        if (invoice != null) {
            String amount = invoice.total().toPlainString();
            payment.put("customer", invoice.customer()).put("amount", amount).put("allocations",
                    new JsonArray().add(new JsonObject().put("invoice", invoice.number()).put("amount", amount)));
        } else {
            payment.put("customer", customers.get((int) (n % customers.size()))).put("amount", "1.00");
        }
        return calls.post("accounts", url, payment).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            acknowledged.add("payment", reply.body().getString("number"));
            return true;
        });
    }
}
