package dev.tradebook.ledger.domain;

import java.util.List;
import java.util.Optional;

/** What a posting left open (nothing for a cash sale) and the debit items its credit settled at once. */
public record OpenedItem(Optional<OpenItem> item, List<Settlement> settlements) {

    public OpenedItem {
        settlements = List.copyOf(settlements);
    }
}
