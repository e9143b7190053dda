package dev.tradebook.transaction.api;

import java.math.BigDecimal;

import dev.tradebook.transaction.domain.Totals;

public record TotalsView(BigDecimal net, BigDecimal tax, BigDecimal total) {

    static TotalsView of(Totals totals) {
        return new TotalsView(totals.net().amount(), totals.tax().amount(), totals.total().amount());
    }
}
