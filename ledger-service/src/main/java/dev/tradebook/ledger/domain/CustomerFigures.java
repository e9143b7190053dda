package dev.tradebook.ledger.domain;

import dev.tradebook.platform.runtime.money.Money;

/** What a customer owes in all ({@code balance}), on open invoices and refunds ({@code due}), and past due. */
public record CustomerFigures(Money balance, Money due, Money overdue) {
}
