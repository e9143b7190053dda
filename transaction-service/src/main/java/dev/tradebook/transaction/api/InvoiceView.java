package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tradebook.transaction.domain.DocumentDefaultsCopy;
import dev.tradebook.transaction.domain.Invoice;
import dev.tradebook.transaction.domain.InvoiceRecord;

public record InvoiceView(
        String number,
        String customer,
        String customerName,
        String currency,
        LocalDate invoiceDate,
        LocalDate dueDate,
        String salesOrder,
        List<LineView> lines,
        TotalsView totals,
        BigDecimal credited,
        BigDecimal allocated,
        BigDecimal outstanding,
        DocumentDefaultsCopy inherited,
        List<AcknowledgementView> creditAcknowledgements,
        String createdBy,
        Instant createdAt) {

    static InvoiceView of(InvoiceRecord record) {
        Invoice invoice = record.invoice();
        String currency = invoice.currency();
        return new InvoiceView(invoice.number(), invoice.customerCode(), invoice.customerName(), currency,
                invoice.invoiceDate(), invoice.dueDate(), invoice.salesOrder(),
                invoice.lines().stream().map(line -> LineView.of(line, currency)).toList(),
                TotalsView.of(invoice.totals()), invoice.credited().amount(), invoice.allocated().amount(),
                invoice.outstanding().amount(), invoice.documentDefaults(),
                record.acknowledgements().stream().map(a -> AcknowledgementView.of(a, currency)).toList(),
                invoice.createdBy(), invoice.createdAt());
    }
}
