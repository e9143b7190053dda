package dev.tradebook.platform.events.sales;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A document's amounts in its currency, each at the currency's scale: net of discount before tax,
 * tax, and total = net + tax.
 */
public record DocumentTotals(BigDecimal net, BigDecimal tax, BigDecimal total) {

    public DocumentTotals {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
    }
}
