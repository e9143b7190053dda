package dev.tradebook.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The database keeps the journal balanced and immutable even against code that bypasses the domain. */
@QuarkusTest
class JournalDatabaseTest {

    @Inject
    EntityManager entityManager;

    @Inject
    CustomerLedgers customerLedgers;

    @Inject
    Journal journal;

    @Inject
    Books books;

    private String customer() {
        String code = CustomerMaster.newCustomerCode("JDB");
        QuarkusTransaction.requiringNew().run(() -> customerLedgers.keep(
                new Debtor(code, "Customer " + code, "INR", List.of("DOM")), BigDecimal.ZERO));
        return code;
    }

    private UUID accountOf(String code) {
        return (UUID) entityManager.createNativeQuery("select id from debtor_account where customer_code = :c")
                .setParameter("c", code).getSingleResult();
    }

    private void insertEntry(UUID entry, String code) {
        entityManager.createNativeQuery("""
                insert into journal_entry (id, customer_code, kind, source_document, currency, entry_date, posted_at)
                values (:id, :c, 'INVOICE', 'RAW1', 'INR', current_date, now())""")
                .setParameter("id", entry).setParameter("c", code).executeUpdate();
    }

    private void insertLine(UUID entry, int no, String account, UUID debtor, String debit, String credit) {
        entityManager.createNativeQuery("""
                insert into journal_line (entry_id, line_no, account_code, debtor_account_id, debit, credit, currency)
                values (:e, :n, :a, :d, :dr, :cr, 'INR')""")
                .setParameter("e", entry).setParameter("n", no).setParameter("a", account).setParameter("d", debtor)
                .setParameter("dr", new BigDecimal(debit)).setParameter("cr", new BigDecimal(credit)).executeUpdate();
    }

    @Test
    void refusesToCommitAnUnbalancedEntry() {
        String code = customer();
        UUID entry = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            insertEntry(entry, code);
            insertLine(entry, 1, "1100", accountOf(code), "100.00", "0");
            insertLine(entry, 2, ChartOfAccounts.SALES, null, "0", "99.99");
        })).hasStackTraceContaining("does not balance");
        assertThat(books.entriesOf(code)).isZero();
    }

    @Test
    void refusesToCommitAnEntryWithoutLines() {
        String code = customer();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> insertEntry(UUID.randomUUID(), code)))
                .hasStackTraceContaining("does not balance");
    }

    @Test
    void refusesALineThatIsBothDebitAndCredit() {
        String code = customer();
        UUID entry = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            insertEntry(entry, code);
            insertLine(entry, 1, "1100", accountOf(code), "10.00", "10.00");
        })).hasStackTraceContaining("journal_line_check");
    }

    @Test
    void postedLinesCanBeNeitherChangedNorDeleted() {
        String code = customer();
        UUID entryId = QuarkusTransaction.requiringNew().call(() -> journal.post(
                JournalEntry.draft(EntryKind.INVOICE, code, "INR", "INV-IMM", LocalDate.now())
                        .debit("1100", accountOf(code), new BigDecimal("50.00"))
                        .credit(ChartOfAccounts.SALES, null, new BigDecimal("50.00"))
                        .post(Instant.now())).id());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update journal_line set debit = 60 where entry_id = :e and debit > 0")
                .setParameter("e", entryId).executeUpdate())).hasStackTraceContaining("immutable");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from journal_line where entry_id = :e").setParameter("e", entryId)
                .executeUpdate())).hasStackTraceContaining("immutable");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from journal_entry where id = :e").setParameter("e", entryId)
                .executeUpdate())).hasStackTraceContaining("immutable");
        assertThat(books.linesOf(code, "INV-IMM")).containsExactly("1100 50.00 0.00", "4000 0.00 50.00");
    }

    @Test
    void postingMovesTheStoredBalanceInTheSameTransaction() {
        String code = customer();

        QuarkusTransaction.requiringNew().run(() -> journal.post(
                JournalEntry.draft(EntryKind.INVOICE, code, "INR", "INV-BAL", LocalDate.now())
                        .debit("1100", accountOf(code), new BigDecimal("118.00"))
                        .credit(ChartOfAccounts.SALES, null, new BigDecimal("100.00"))
                        .credit(ChartOfAccounts.SALES_TAX, null, new BigDecimal("18.00"))
                        .post(Instant.now())));

        assertThat(books.storedBalance(code)).isEqualByComparingTo("118.00");
        assertThat(books.journalBalance(code)).isEqualByComparingTo("118.00");
    }
}
