package dev.tradebook.load;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The request bodies of the mixed traffic, varied by the request's number so that totals differ. */
final class Bodies {

    private Bodies() {
    }

    /** A dealer in INR with a credit limit; the traffic's customers get one large enough never to be refused. */
    static JsonObject customer(String code, String creditLimit) {
        return new JsonObject().put("code", code).put("name", "Load customer " + code).put("type", "DEALER")
                .put("currency", "INR")
                .put("address", new JsonObject().put("line1", "1 Load Lane").put("city", "PUNE").put("pinCode", "411001"))
                .put("email", code.toLowerCase() + "@load.example").put("creditLimit", creditLimit)
                .put("paymentTerms", "NET30").put("debtorAccountGroups", new JsonArray().add("DOM"));
    }

    /** Two lines of a sales order, invoice or e-commerce order. */
    static JsonArray lines(long n) {
        return new JsonArray()
                .add(line("BOLT-8", "Bolts", 1 + n % 7, "10.15", n % 2 == 0 ? "0" : "5", "18"))
                .add(line("NUT-8", "Nuts", 1 + n % 11, "1.20", "0", "18"));
    }

    /** One untaxed, undiscounted line whose total is {@code amount}. */
    static JsonArray linesWorth(String amount) {
        return new JsonArray().add(line("PUMP-1", "Pump", 1, amount, "0", "0"));
    }

    private static JsonObject line(String sku, String description, long quantity, String unitPrice, String discount,
            String taxRate) {
        return new JsonObject().put("sku", sku).put("description", description).put("quantity", Long.toString(quantity))
                .put("unitPrice", unitPrice).put("discountPercent", discount).put("taxRate", taxRate);
    }
}
