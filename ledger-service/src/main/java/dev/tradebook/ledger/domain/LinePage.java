package dev.tradebook.ledger.domain;

import java.util.List;

/** One page of journal lines and how many there are in all. */
public record LinePage(List<JournalLine> items, int page, int size, long total) {

    public LinePage {
        items = List.copyOf(items);
    }
}
