package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.LedgerBooks.EntryTotals;
import dev.tradebook.system.invariants.SalesBooks.IssuedDocument;

class DocumentsPostedOnceTest {

    private final ConsistentBooks books = new ConsistentBooks();

    @Test
    void reportsADocumentIssuedButNeverPosted() {
        books.documents.add(new IssuedDocument("REFUND", "RF-7", ACME));

        assertThat(new DocumentsPostedOnce().check(books.snapshot()))
                .containsExactly(new Violation("DocumentsPostedOnce", "REFUND RF-7 was issued but never posted", "RF-7", ACME));
    }

    @Test
    void reportsADocumentPostedTwice() {
        UUID second = UUID.randomUUID();
        books.entries.add(new EntryTotals(second, ACME, "PAYMENT", "PAY-1", money("40.00"), money("40.00")));

        assertThat(new DocumentsPostedOnce().check(books.snapshot()))
                .containsExactly(new Violation("DocumentsPostedOnce", "PAYMENT PAY-1 was posted 2 times",
                        ConsistentBooks.PAYMENT_ENTRY.toString(), second.toString()));
    }

    @Test
    void reportsAPostingOfADocumentNeverIssued() {
        UUID entry = UUID.randomUUID();
        books.entries.add(new EntryTotals(entry, ACME, "CREDIT_NOTE", "CN-3", money("5.00"), money("5.00")));

        assertThat(new DocumentsPostedOnce().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("CREDIT_NOTE CN-3 was posted but transaction-service never issued it");
    }

    @Test
    void leavesTheLedgersOwnWriteOffsAndReversalsOut() {
        books.entries.add(new EntryTotals(UUID.randomUUID(), ACME, "WRITE_OFF", "WO-1", money("5.00"), money("5.00")));
        books.entries.add(new EntryTotals(UUID.randomUUID(), ACME, "REVERSAL", "INV-1", money("5.00"), money("5.00")));

        assertThat(new DocumentsPostedOnce().check(books.snapshot())).isEmpty();
    }

    @Test
    void tellsDocumentsOfDifferentKindsWithTheSameNumberApart() {
        books.documents.add(new IssuedDocument("CREDIT_NOTE", "INV-1", ACME));

        assertThat(new DocumentsPostedOnce().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("CREDIT_NOTE INV-1 was issued but never posted");
    }
}
