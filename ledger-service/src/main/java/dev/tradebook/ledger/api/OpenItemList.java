package dev.tradebook.ledger.api;

import java.util.List;

/** A customer's open items, oldest first: never many, so never paged. */
public record OpenItemList(String customer, List<OpenItemView> items) {
}
