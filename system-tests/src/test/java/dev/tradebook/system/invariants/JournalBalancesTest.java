package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.INVOICE_ENTRY;
import static dev.tradebook.system.invariants.ConsistentBooks.money;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.LedgerBooks.EntryTotals;

class JournalBalancesTest {

    @Test
    void reportsAnEntryOffByOneCentAndTheJournalWithIt() {
        ConsistentBooks books = new ConsistentBooks();
        books.entries.set(0, new EntryTotals(INVOICE_ENTRY, ACME, "INVOICE", "INV-1", money("100.01"), money("100.00")));

        assertThat(new JournalBalances().check(books.snapshot()))
                .extracting(Violation::message)
                .containsExactly("entry for INVOICE INV-1 has debit 100.01, credit 100.00",
                        "the journal has debit 140.01, credit 140.00");
    }

    @Test
    void namesTheEntryAndItsCustomer() {
        ConsistentBooks books = new ConsistentBooks();
        books.entries.set(0, new EntryTotals(INVOICE_ENTRY, ACME, "INVOICE", "INV-1", money("100.00"), money("99.99")));

        assertThat(new JournalBalances().check(books.snapshot()).get(0).ids())
                .containsExactly(INVOICE_ENTRY.toString(), ACME);
    }

    @Test
    void comparesAmountsNotTheirScale() {
        ConsistentBooks books = new ConsistentBooks();
        books.entries.set(0, new EntryTotals(INVOICE_ENTRY, ACME, "INVOICE", "INV-1", money("100.0000"), money("100.00")));

        assertThat(new JournalBalances().check(books.snapshot())).isEmpty();
    }
}
