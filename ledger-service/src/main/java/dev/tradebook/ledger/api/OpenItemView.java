package dev.tradebook.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.tradebook.ledger.domain.OpenItem;
import dev.tradebook.platform.runtime.money.Money;

/** An open item: {@code dueDate} only on what the customer owes (invoices, refunds). */
public record OpenItemView(
        String kind,
        String document,
        LocalDate date,
        LocalDate dueDate,
        String currency,
        BigDecimal amount,
        BigDecimal outstanding) {

    static OpenItemView of(OpenItem item) {
        return new OpenItemView(item.kind().name(), item.document(), item.documentDate(),
                item.kind().isDebit() ? item.dueDate() : null, item.currency(),
                Money.of(item.amount(), item.currency()).amount(), Money.of(item.outstanding(), item.currency()).amount());
    }
}
