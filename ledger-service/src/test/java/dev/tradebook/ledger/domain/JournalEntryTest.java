package dev.tradebook.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

class JournalEntryTest {

    private static final UUID DEBTOR = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static JournalEntry.Draft invoice() {
        return JournalEntry.draft(EntryKind.INVOICE, "C1", "INR", "INV000001", LocalDate.of(2026, 11, 24));
    }

    @Test
    void balancedEntryKeepsItsLinesInOrder() {
        JournalEntry entry = invoice()
                .debit("1100", DEBTOR, new BigDecimal("118.00"))
                .credit(ChartOfAccounts.SALES, null, new BigDecimal("100.00"))
                .credit(ChartOfAccounts.SALES_TAX, null, new BigDecimal("18"))
                .causedBy("event-1")
                .post(NOW);

        assertThat(entry.lines()).extracting(JournalLine::lineNo, JournalLine::accountCode, JournalLine::debit, JournalLine::credit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "1100", new BigDecimal("118.00"), new BigDecimal("0")),
                        org.assertj.core.groups.Tuple.tuple(2, "4000", new BigDecimal("0"), new BigDecimal("100.00")),
                        org.assertj.core.groups.Tuple.tuple(3, "2200", new BigDecimal("0"), new BigDecimal("18.00")));
        assertThat(entry.lines().get(0).debtorAccountId()).isEqualTo(DEBTOR);
        assertThat(entry.sourceEventId()).isEqualTo("event-1");
        assertThat(entry.postedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesAnEntryWhoseDebitsAndCreditsDiffer() {
        JournalEntry.Draft draft = invoice()
                .debit("1100", DEBTOR, new BigDecimal("118.00"))
                .credit(ChartOfAccounts.SALES, null, new BigDecimal("100.00"))
                .credit(ChartOfAccounts.SALES_TAX, null, new BigDecimal("17.99"));

        assertThatThrownBy(() -> draft.post(NOW)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("debit 118.00, credit 117.99");
    }

    @Test
    void refusesANegativeLine() {
        JournalEntry.Draft draft = invoice();

        assertThatThrownBy(() -> draft.credit(ChartOfAccounts.SALES, null, new BigDecimal("-1.00")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void refusesAnAmountFinerThanTheCurrency() {
        JournalEntry.Draft draft = invoice();

        assertThatThrownBy(() -> draft.debit("1100", DEBTOR, new BigDecimal("1.005")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("more decimals than INR");
    }

    @Test
    void leavesOutLinesOfZero() {
        JournalEntry entry = invoice()
                .debit("1100", DEBTOR, new BigDecimal("100.00"))
                .credit(ChartOfAccounts.SALES, null, new BigDecimal("100.00"))
                .credit(ChartOfAccounts.SALES_TAX, null, BigDecimal.ZERO)
                .post(NOW);

        assertThat(entry.lines()).hasSize(2);
    }

    @Test
    void refusesAnEntryWithOneSideOnly() {
        JournalEntry.Draft draft = invoice()
                .debit("1100", DEBTOR, BigDecimal.ZERO)
                .credit(ChartOfAccounts.SALES, null, BigDecimal.ZERO);

        assertThatThrownBy(() -> draft.post(NOW)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("0 line(s)");
    }
}
