package dev.tradebook.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.tradebook.ledger.domain.JournalEntry;
import dev.tradebook.ledger.domain.JournalLine;
import dev.tradebook.platform.runtime.money.Money;

/**
 * One journal entry with its lines; {@code totalDebit} always equals {@code totalCredit}. {@code memo}: why
 * accounts posted it by hand (a write-off, a reversal).
 */
public record JournalEntryView(
        UUID id,
        String customer,
        String kind,
        String document,
        LocalDate date,
        Instant postedAt,
        String currency,
        UUID reverses,
        String memo,
        BigDecimal totalDebit,
        BigDecimal totalCredit,
        List<Line> lines) {

    public record Line(int lineNo, String account, UUID debtorAccount, BigDecimal debit, BigDecimal credit) {
    }

    static JournalEntryView of(JournalEntry entry) {
        String currency = entry.currency();
        List<JournalLine> lines = entry.lines();
        return new JournalEntryView(entry.id(), entry.customerCode(), entry.kind().name(), entry.sourceDocument(),
                entry.entryDate(), entry.postedAt(), currency, entry.reverses(), entry.memo(),
                Money.of(lines.stream().map(JournalLine::debit).reduce(BigDecimal.ZERO, BigDecimal::add), currency).amount(),
                Money.of(lines.stream().map(JournalLine::credit).reduce(BigDecimal.ZERO, BigDecimal::add), currency).amount(),
                lines.stream().map(line -> new Line(line.lineNo(), line.accountCode(), line.debtorAccountId(),
                        Money.of(line.debit(), currency).amount(), Money.of(line.credit(), currency).amount())).toList());
    }
}
