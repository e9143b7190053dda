package dev.tradebook.load;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Accounts records the customer's bank transfer for the oldest unpaid invoice, allocated to it; with none waiting,
 * a small payment on account of one of the traffic's customers.
 */
final class ReceivePayment implements Operation {

    private final Workload work;
    private final String url;

    ReceivePayment(Workload work) {
        this.work = work;
        this.url = work.endpoints().transaction() + "/api/v1/payments";
    }

    @Override
    public Future<Boolean> run(long n) {
        Backlog.Invoice invoice = work.backlog().nextInvoiceToPay();
        JsonObject payment = new JsonObject().put("method", "BANK_TRANSFER").put("reference", "load-" + n);
        if (invoice != null) {
            String amount = invoice.total().toPlainString();
            payment.put("customer", invoice.customer()).put("amount", amount).put("allocations",
                    new JsonArray().add(new JsonObject().put("invoice", invoice.number()).put("amount", amount)));
        } else {
            payment.put("customer", work.customer(n)).put("amount", "1.00");
        }
        return work.calls().post("accounts", url, payment).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            work.acknowledged().add("payment", reply.body().getString("number"));
            return true;
        });
    }
}
