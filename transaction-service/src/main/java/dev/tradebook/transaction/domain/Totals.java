package dev.tradebook.transaction.domain;

import java.util.Objects;

import dev.tradebook.platform.events.sales.DocumentTotals;
import dev.tradebook.platform.runtime.money.Money;

/** A document's or line's amounts: net of discount before tax, tax, total = net + tax. */
public record Totals(Money net, Money tax, Money total) {

    public Totals {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
    }

    public static Totals zero(String currency) {
        return new Totals(Money.zero(currency), Money.zero(currency), Money.zero(currency));
    }

    public Totals plus(Totals other) {
        return new Totals(net.plus(other.net), tax.plus(other.tax), total.plus(other.total));
    }

    public DocumentTotals toEvent() {
        return new DocumentTotals(net.amount(), tax.amount(), total.amount());
    }
}
