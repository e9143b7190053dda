package dev.tradebook.ledger.api;

import java.util.List;

import dev.tradebook.ledger.domain.OpenItemPage;

/** The list shape of API.md for a customer's open items, oldest first. */
public record OpenItemList(List<OpenItemView> items, int page, int size, long total) {

    static OpenItemList of(OpenItemPage page) {
        return new OpenItemList(page.items().stream().map(OpenItemView::of).toList(), page.page(), page.size(), page.total());
    }
}
