package dev.tradebook.local;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A few hundred sales documents on the demo customers, through transaction-service: orders and their
 * invoices, payments against some of them, direct invoices and cash sales. A customer that already has
 * documents gets none (loaded before); within a day, the Idempotency-Keys let a rerun finish a customer
 * whose load was interrupted without creating anything twice.
 */
final class DemoDocuments {

    private static final Duration CUSTOMER_ARRIVAL = Duration.ofSeconds(90);
    private static final String[][] PRODUCTS = {
        {"RICE-25", "Basmati rice, 25 kg bag", "1850.00"}, {"OIL-15", "Sunflower oil, 15 l tin", "2240.00"},
        {"SOAP-144", "Bath soap, carton of 144", "3600.00"}, {"TEA-10", "Assam tea, 10 kg chest", "4100.50"},
        {"DRILL-13", "Impact drill 13 mm", "2799.00"}, {"CABLE-90", "Copper cable 2.5 sq mm, 90 m", "3315.75"}};

    private final DemoClient client;

    DemoDocuments(DemoClient client) {
        this.client = client;
    }

    /** The number of documents created. */
    int load(List<Map<String, Object>> customers, Consumer<String> progress) {
        int created = 0;
        int skipped = 0;
        for (int i = 1; i <= customers.size(); i++) {
            String code = (String) customers.get(i - 1).get("code");
            awaitCreditCopy(code);
            if (hasDocuments(code)) {
                skipped++;
            } else {
                created += documentsOf(i, code);
            }
        }
        progress.accept("demo data: " + created + " sales documents created, " + skipped
                + " customers already had theirs");
        return created;
    }

    /** Every second customer orders and is invoiced; every fourth pays half; others buy directly or for cash. */
    private int documentsOf(int i, String code) {
        int count = 0;
        if (i % 2 == 0) {
            String order = number(create("/api/v1/sales-orders", code + "-order",
                    Map.of("customer", code, "lines", lines(i), "acknowledgeCreditWarning", true)));
            HttpResponse<String> invoice = create("/api/v1/invoices", code + "-invoice", Map.of("salesOrder", order));
            count += 2;
            if (i % 4 == 0) {
                String half = new BigDecimal(DemoClient.json(invoice).at("/totals/total").asText())
                        .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN).toPlainString();
                create("/api/v1/payments", code + "-payment", Map.of("customer", code, "amount", half,
                        "method", "BANK_TRANSFER", "reference", "UTR-" + code,
                        "allocations", List.of(Map.of("invoice", number(invoice), "amount", half))));
                count++;
            }
        }
        if (i % 5 == 1) {
            create("/api/v1/invoices", code + "-direct", Map.of("customer", code, "lines", lines(i + 1),
                    "acknowledgeCreditWarning", true));
            count++;
        }
        if (i % 6 == 3) {
            create("/api/v1/cash-sales", code + "-cash", Map.of("customer", code, "lines", lines(i + 2),
                    "method", "CASH"));
            count++;
        }
        return count;
    }

    /**
     * A portal customer's documents: an order invoiced in full, an open order and a quote sent to it, so each
     * portal list has something and the quote can be accepted. Nothing when it has documents already.
     */
    int portalDocuments(String code) {
        awaitCreditCopy(code);
        if (hasDocuments(code)) {
            return 0;
        }
        String invoiced = number(create("/api/v1/sales-orders", code + "-order", Map.of("customer", code, "lines", lines(1))));
        create("/api/v1/invoices", code + "-invoice", Map.of("salesOrder", invoiced));
        create("/api/v1/sales-orders", code + "-open-order", Map.of("customer", code, "lines", lines(2)));
        String quote = number(create("/api/v1/quotes", code + "-quote", Map.of("customer", code, "lines", lines(3))));
        HttpResponse<String> sent = client.post(Service.TRANSACTION, "/api/v1/quotes/" + quote + "/send", Map.of(), null);
        if (sent.statusCode() != 200) {
            throw new IllegalStateException("demo quote " + quote + " not sent: HTTP " + sent.statusCode() + " " + sent.body());
        }
        return 4;
    }

    private static List<Map<String, Object>> lines(int i) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int k = 0; k < 1 + i % 3; k++) {
            String[] product = PRODUCTS[(i + k) % PRODUCTS.length];
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", product[0]);
            line.put("description", product[1]);
            line.put("quantity", Integer.toString(1 + (i * 7 + k) % 4));
            line.put("unitPrice", product[2]);
            line.put("discountPercent", k == 0 ? "5" : "0");
            line.put("taxRate", "18");
            lines.add(line);
        }
        return lines;
    }

    private HttpResponse<String> create(String path, String key, Map<String, Object> body) {
        HttpResponse<String> response = client.post(Service.TRANSACTION, path, body, "demo-" + key);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("demo " + path + " for " + body.get("customer") + " refused with HTTP "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String number(HttpResponse<String> response) {
        return DemoClient.json(response).get("number").asText();
    }

    private boolean hasDocuments(String code) {
        HttpResponse<String> response = client.get(Service.TRANSACTION,
                "/api/v1/customers/" + code + "/transactions?kind=all&size=1");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot list the documents of " + code + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return DemoClient.json(response).get("total").asLong() > 0;
    }

    /** A customer reaches transaction-service through Kafka a moment after customer-service created it. */
    private void awaitCreditCopy(String code) {
        Instant deadline = Instant.now().plus(CUSTOMER_ARRIVAL);
        while (client.get(Service.TRANSACTION, "/api/v1/customers/" + code + "/credit").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("customer " + code + " did not reach transaction-service in "
                        + CUSTOMER_ARRIVAL.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
