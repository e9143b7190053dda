package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.tradebook.transaction.domain.TransactionEntry;

public record TransactionView(String documentType, String number, LocalDate date, LocalDate dueDate, BigDecimal amount,
        BigDecimal outstanding, String status) {

    static TransactionView of(TransactionEntry entry) {
        return new TransactionView(entry.documentType(), entry.number(), entry.date(), entry.dueDate(),
                entry.amount().amount(), entry.outstanding() == null ? null : entry.outstanding().amount(),
                entry.status());
    }

}
