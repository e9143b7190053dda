package dev.tradebook.platform.events.ledger;

import java.math.BigDecimal;

/**
 * {@code ledger.entry-reversed.v1}: accounts reversed a journal entry. {@code amount} is the change of what the
 * customer owes, signed (reversing an invoice lowers it, reversing a payment or a write-off raises it; zero for a
 * cash sale, which never moved the balance), so transaction-service moves the exposure by the same amount.
 * {@code reversedKind} is what the reversed entry posted (INVOICE, PAYMENT, WRITE_OFF, ...).
 */
public record EntryReversed(String customer, String currency, BigDecimal amount, String entry, String reversedEntry,
        String reversedKind, String sourceDocument, String reason) {
}
