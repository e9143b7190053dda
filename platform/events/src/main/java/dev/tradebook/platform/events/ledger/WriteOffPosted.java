package dev.tradebook.platform.events.ledger;

import java.math.BigDecimal;

/**
 * {@code ledger.write-off-posted.v1}: accounts wrote off part of an invoice as uncollectable. It lowers
 * what the customer owes, so transaction-service lowers the exposure by the same amount.
 */
public record WriteOffPosted(String customer, String currency, String invoice, BigDecimal amount,
        String journalEntry, String reason) {
}
