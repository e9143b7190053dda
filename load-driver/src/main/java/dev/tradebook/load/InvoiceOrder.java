package dev.tradebook.load;

import java.math.BigDecimal;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Accounts invoices the oldest order not yet invoiced (its whole open rest); with none waiting, a direct invoice
 * for one of the traffic's customers.
 */
final class InvoiceOrder implements Operation {

    private final Workload work;
    private final String url;

    InvoiceOrder(Workload work) {
        this.work = work;
        this.url = work.endpoints().transaction() + "/api/v1/invoices";
    }

    @Override
    public Future<Boolean> run(long n) {
        String order = work.backlog().nextOrderToInvoice();
        JsonObject invoice = order != null
                ? new JsonObject().put("salesOrder", order)
                : new JsonObject().put("customer", work.customer(n)).put("lines", Bodies.lines(n));
        return work.calls().post("accounts", url, invoice).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            JsonObject issued = reply.body();
            work.backlog().invoiced(new Backlog.Invoice(issued.getString("number"), issued.getString("customer"),
                    new BigDecimal(issued.getJsonObject("totals").getString("total"))));
            work.acknowledged().add("invoice", issued.getString("number"));
            return true;
        });
    }
}
