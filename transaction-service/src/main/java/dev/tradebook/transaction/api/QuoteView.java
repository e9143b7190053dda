package dev.tradebook.transaction.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.DocumentDefaultsCopy;
import dev.tradebook.transaction.domain.Quote;

public record QuoteView(
        String number,
        String customer,
        String customerName,
        String currency,
        LocalDate date,
        LocalDate validUntil,
        @Schema(description = "DRAFT, SENT, ACCEPTED, REJECTED or EXPIRED (SENT and past validUntil)") String status,
        List<LineView> lines,
        TotalsView totals,
        @Schema(nullable = true, description = "the order it was converted into") String salesOrder,
        DocumentDefaultsCopy inherited,
        String createdBy,
        Instant createdAt) {

    static QuoteView of(Quote quote, LocalDate today) {
        String currency = quote.currency();
        return new QuoteView(quote.number(), quote.customerCode(), quote.customerName(), currency, quote.documentDate(),
                quote.validUntil(), quote.status(today).name(),
                quote.lines().stream().map(line -> LineView.of(line, currency)).toList(), TotalsView.of(quote.totals()),
                quote.salesOrder(), quote.documentDefaults(), quote.createdBy(), quote.createdAt());
    }
}
