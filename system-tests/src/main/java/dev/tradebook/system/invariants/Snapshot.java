package dev.tradebook.system.invariants;

import java.util.Map;

/**
 * What the checker read from the services' databases, one consistent snapshot per database.
 * {@code events} holds each database's outbox and inbox, by database name.
 */
public record Snapshot(LedgerBooks ledger, SalesBooks sales, CustomerMaster customers, Map<String, EventBooks> events,
        Subscriptions subscriptions) {
}
