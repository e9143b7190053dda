package dev.tradebook.transaction.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.CashSale;
import dev.tradebook.transaction.domain.CreditNote;
import dev.tradebook.transaction.domain.DocumentDefaultsCopy;
import dev.tradebook.transaction.domain.DocumentLine;
import dev.tradebook.transaction.domain.LinedDocument;

/** A cash sale or a credit note. */
public record LinedDocumentView(
        String number,
        String customer,
        String customerName,
        String currency,
        LocalDate date,
        List<LineView> lines,
        TotalsView totals,
        @Schema(nullable = true, description = "credit notes: the invoice credited") String invoice,
        @Schema(nullable = true, description = "credit notes: the return credited") String rma,
        @Schema(nullable = true, description = "cash sales: how it was paid") String method,
        @Schema(nullable = true) String reference,
        DocumentDefaultsCopy inherited,
        String createdBy,
        Instant createdAt) {

    static LinedDocumentView of(CashSale sale) {
        return of(sale, sale.lines(), null, null, sale.method().name(), sale.reference());
    }

    static LinedDocumentView of(CreditNote note) {
        return of(note, note.lines(), note.invoice(), note.rma(), null, null);
    }

    private static LinedDocumentView of(LinedDocument document, List<DocumentLine> lines, String invoice, String rma,
            String method, String reference) {
        String currency = document.currency();
        return new LinedDocumentView(document.number(), document.customerCode(), document.customerName(), currency,
                document.documentDate(), lines.stream().map(line -> LineView.of(line, currency)).toList(),
                TotalsView.of(document.totals()), invoice, rma, method, reference, document.documentDefaults(),
                document.createdBy(), document.createdAt());
    }
}
