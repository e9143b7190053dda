package dev.tradebook.transaction.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.Rma;

public record RmaView(
        String number,
        String customer,
        String customerName,
        String currency,
        LocalDate date,
        String invoice,
        @Schema(description = "AUTHORISED, RECEIVED or CREDITED") String status,
        List<LineView> lines,
        TotalsView totals,
        @Schema(nullable = true) LocalDate receivedOn,
        @Schema(nullable = true) String creditNote,
        String createdBy,
        Instant createdAt) {

    static RmaView of(Rma rma) {
        String currency = rma.currency();
        return new RmaView(rma.number(), rma.customerCode(), rma.customerName(), currency, rma.documentDate(),
                rma.invoice(), rma.status().name(), rma.lines().stream().map(line -> LineView.of(line, currency)).toList(),
                TotalsView.of(rma.totals()), rma.receivedOn(), rma.creditNote(), rma.createdBy(), rma.createdAt());
    }
}
