package dev.tradebook.ledger.domain;

import java.util.List;

/** The source and the invoices of an allocation, as they stand after it. */
public record AllocationOutcome(OpenItem source, List<OpenItem> invoices) {

    public AllocationOutcome {
        invoices = List.copyOf(invoices);
    }
}
