package dev.tradebook.transaction.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dev.tradebook.platform.runtime.money.Money;

/** The net, tax and total columns of a document, revision or line; the currency lives beside them. */
@Embeddable
public class StoredTotals {

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal net;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal tax;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    protected StoredTotals() {
    }

    StoredTotals(Totals totals) {
        net = totals.net().amount();
        tax = totals.tax().amount();
        total = totals.total().amount();
    }

    Totals in(String currency) {
        return new Totals(Money.of(net, currency), Money.of(tax, currency), Money.of(total, currency));
    }
}
