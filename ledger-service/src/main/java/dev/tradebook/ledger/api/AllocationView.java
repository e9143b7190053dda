package dev.tradebook.ledger.api;

import java.util.List;

import dev.tradebook.ledger.domain.AllocationOutcome;

/** The payment or credit note allocated, and the invoices it settled, as they stand afterwards. */
public record AllocationView(OpenItemView source, List<OpenItemView> invoices) {

    static AllocationView of(AllocationOutcome outcome) {
        return new AllocationView(OpenItemView.of(outcome.source()),
                outcome.invoices().stream().map(OpenItemView::of).toList());
    }
}
