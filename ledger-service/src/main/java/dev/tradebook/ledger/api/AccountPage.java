package dev.tradebook.ledger.api;

import java.util.List;

import dev.tradebook.ledger.domain.DebtorAccountPage;
import dev.tradebook.ledger.domain.GeneralLedgerAccountPage;

/** The list shape of API.md: {@code {"items": [...], "page", "size", "total"}}. */
public record AccountPage(List<AccountView> items, int page, int size, long total) {

    static AccountPage of(DebtorAccountPage page) {
        return new AccountPage(page.items().stream().map(AccountView::of).toList(), page.page(), page.size(), page.total());
    }

    static AccountPage of(GeneralLedgerAccountPage page) {
        return new AccountPage(page.items().stream().map(AccountView::of).toList(), page.page(), page.size(), page.total());
    }
}
