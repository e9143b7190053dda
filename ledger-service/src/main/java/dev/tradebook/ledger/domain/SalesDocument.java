package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales document as the ledger posts it. For payments and refunds {@code net} and {@code total} are the
 * amount and {@code tax} is zero; {@code dueDate} is set for invoices only; {@code invoice} is the invoice a
 * credit note credits (or null); {@code allocations} are a payer's hints.
 */
public record SalesDocument(
        String eventId,
        SalesDocumentKind kind,
        String number,
        String customer,
        String currency,
        LocalDate date,
        LocalDate dueDate,
        BigDecimal net,
        BigDecimal tax,
        BigDecimal total,
        String invoice,
        List<AllocationHint> allocations) {

    /** Part of a payment the payer meant for one invoice. */
    public record AllocationHint(String invoice, BigDecimal amount) {
    }

    public SalesDocument {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }
}
