package dev.tradebook.transaction.api;

import java.math.BigDecimal;

import dev.tradebook.transaction.domain.DocumentLine;
import dev.tradebook.transaction.domain.Totals;

public record LineView(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate, BigDecimal net, BigDecimal tax, BigDecimal total) {

    static LineView of(DocumentLine line, String currency) {
        Totals totals = line.totals(currency);
        return new LineView(line.sku(), line.description(), line.quantity(), line.unitPrice(currency).amount(),
                line.discountPercent(), line.taxRate(), totals.net().amount(), totals.tax().amount(),
                totals.total().amount());
    }
}
