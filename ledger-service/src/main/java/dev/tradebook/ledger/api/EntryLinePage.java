package dev.tradebook.ledger.api;

import java.util.List;

import dev.tradebook.ledger.domain.LinePage;

/** The list shape of API.md for journal lines. */
public record EntryLinePage(List<EntryLineView> items, int page, int size, long total) {

    static EntryLinePage of(LinePage page) {
        return new EntryLinePage(page.items().stream().map(EntryLineView::of).toList(), page.page(), page.size(), page.total());
    }
}
