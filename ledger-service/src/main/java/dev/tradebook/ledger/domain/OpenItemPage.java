package dev.tradebook.ledger.domain;

import java.util.List;

/** One page of a customer's open items, oldest first, and how many there are in all. */
public record OpenItemPage(List<OpenItem> items, int page, int size, long total) {

    public OpenItemPage {
        items = List.copyOf(items);
    }
}
