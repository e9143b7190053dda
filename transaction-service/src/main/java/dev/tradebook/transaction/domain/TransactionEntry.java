package dev.tradebook.transaction.domain;

import java.time.LocalDate;

import dev.tradebook.platform.runtime.money.Money;

/** One document in a customer's list of transactions; outstanding and due date for invoices only. */
public record TransactionEntry(String documentType, String number, LocalDate date, LocalDate dueDate, Money amount,
        Money outstanding, String status) {
}
