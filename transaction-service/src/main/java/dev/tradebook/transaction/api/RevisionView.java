package dev.tradebook.transaction.api;

import java.time.Instant;
import java.util.List;

import dev.tradebook.transaction.domain.SalesOrderRevision;

public record RevisionView(int revision, List<LineView> lines, TotalsView totals, String createdBy, Instant createdAt) {

    static RevisionView of(SalesOrderRevision revision, String currency) {
        return new RevisionView(revision.revision(),
                revision.lines().stream().map(line -> LineView.of(line, currency)).toList(),
                TotalsView.of(revision.totals(currency)), revision.createdBy(), revision.createdAt());
    }
}
