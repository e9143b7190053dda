package dev.tradebook.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tradebook.ledger.domain.JournalEntry;
import dev.tradebook.ledger.domain.JournalLine;
import dev.tradebook.platform.runtime.money.Money;

/** A journal line on one of the customer's debtor accounts, with the entry it belongs to. */
public record EntryLineView(
        UUID journalEntry,
        LocalDate date,
        Instant postedAt,
        String kind,
        String document,
        String account,
        UUID debtorAccount,
        String currency,
        BigDecimal debit,
        BigDecimal credit) {

    static EntryLineView of(JournalLine line) {
        JournalEntry entry = line.entry();
        return new EntryLineView(entry.id(), entry.entryDate(), entry.postedAt(), entry.kind().name(),
                entry.sourceDocument(), line.accountCode(), line.debtorAccountId(), line.currency(),
                Money.of(line.debit(), line.currency()).amount(), Money.of(line.credit(), line.currency()).amount());
    }
}
