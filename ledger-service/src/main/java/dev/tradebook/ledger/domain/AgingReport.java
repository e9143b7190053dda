package dev.tradebook.ledger.domain;

import java.time.LocalDate;
import java.util.List;

/** One page of customers' aging as of a date, their count, and the totals of all of them per currency. */
public record AgingReport(LocalDate asOf, List<AgingRow> customers, List<AgingRow> totals, int page, int size,
        long total) {

    public AgingReport {
        customers = List.copyOf(customers);
        totals = List.copyOf(totals);
    }
}
