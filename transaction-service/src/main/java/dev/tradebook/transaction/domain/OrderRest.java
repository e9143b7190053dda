package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is left to invoice of an order's lines: each line's quantity less what earlier invoices of the
 * order billed of the same SKU, at the order line's price, discount and tax rate.
 */
final class OrderRest {

    private OrderRest() {
    }

    static List<LineInput> of(List<DocumentLine> orderLines, List<Invoice> earlierInvoices) {
        Map<String, BigDecimal> billed = new HashMap<>();
        earlierInvoices.forEach(invoice -> invoice.lines()
                .forEach(line -> billed.merge(line.sku(), line.quantity(), BigDecimal::add)));
        List<LineInput> rest = new ArrayList<>();
        for (DocumentLine line : orderLines) {
            BigDecimal alreadyBilled = billed.getOrDefault(line.sku(), BigDecimal.ZERO).min(line.quantity());
            billed.computeIfPresent(line.sku(), (sku, quantity) -> quantity.subtract(alreadyBilled));
            BigDecimal left = line.quantity().subtract(alreadyBilled);
            if (left.signum() > 0) {
                rest.add(line.withQuantity(left));
            }
        }
        return rest;
    }
}
