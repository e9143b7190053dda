package dev.tradebook.ledger.domain;

/** A customer's account at a glance: its ledger copy (currency, limit, holds) and its figures now. */
public record AccountSummary(CustomerLedger ledger, CustomerFigures figures) {
}
