package dev.tradebook.ledger.domain;

import java.util.List;

/** One page of the chart of accounts and how many accounts it has. */
public record GeneralLedgerAccountPage(List<GeneralLedgerAccount> items, int page, int size, long total) {

    public GeneralLedgerAccountPage {
        items = List.copyOf(items);
    }
}
