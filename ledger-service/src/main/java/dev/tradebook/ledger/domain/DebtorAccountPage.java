package dev.tradebook.ledger.domain;

import java.util.List;

/** One page of debtor accounts and how many there are in all. */
public record DebtorAccountPage(List<DebtorAccount> items, int page, int size, long total) {

    public DebtorAccountPage {
        items = List.copyOf(items);
    }
}
