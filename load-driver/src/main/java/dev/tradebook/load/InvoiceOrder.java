package dev.tradebook.load;

import java.math.BigDecimal;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Accounts invoices the oldest order not yet invoiced (its whole open rest); with none waiting, a direct invoice
 * for one of the traffic's customers.
 */
final class InvoiceOrder implements Operation {

    private final Calls calls;
    private final String url;
    private final List<String> customers;
    private final Backlog backlog;
    private final Acknowledged acknowledged;

    InvoiceOrder(Calls calls, Endpoints endpoints, List<String> customers, Backlog backlog, Acknowledged acknowledged) {
        this.calls = calls;
        this.url = endpoints.transaction() + "/api/v1/invoices";
        this.customers = customers;
        this.backlog = backlog;
        this.acknowledged = acknowledged;
    }

    @Override
    public Future<Boolean> run(long n) {
        String order = backlog.nextOrderToInvoice();
        JsonObject invoice = order != null
                ? new JsonObject().put("salesOrder", order)
                : new JsonObject().put("customer", customers.get((int) (n % customers.size()))).put("lines", Bodies.lines(n));
        return calls.post("accounts", url, invoice).map(reply -> {
            if (!reply.is(201)) {
                return false;
            }
            JsonObject issued = reply.body();
            backlog.invoiced(new Backlog.Invoice(issued.getString("number"), issued.getString("customer"),
                    new BigDecimal(issued.getJsonObject("totals").getString("total"))));
            acknowledged.add("invoice", issued.getString("number"));
            return true;
        });
    }
}
