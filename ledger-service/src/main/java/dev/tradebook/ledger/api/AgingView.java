package dev.tradebook.ledger.api;

import java.time.LocalDate;
import java.util.List;

import dev.tradebook.ledger.domain.AgingReport;
import dev.tradebook.ledger.domain.AgingRow;

/**
 * {@code GET /aging}: {@code items} are the customers of the page (by code), {@code totals} every customer's sum
 * per currency. Each row: {@code current} (not yet due), {@code days1To30}, {@code days31To60},
 * {@code days61To90}, {@code over90}, and {@code balance}, their sum.
 */
public record AgingView(LocalDate asOf, List<AgingRow> items, List<AgingRow> totals, int page, int size, long total) {

    static AgingView of(AgingReport report) {
        return new AgingView(report.asOf(), report.customers(), report.totals(), report.page(), report.size(),
                report.total());
    }
}
