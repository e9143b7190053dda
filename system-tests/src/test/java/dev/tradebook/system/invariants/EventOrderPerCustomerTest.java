package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.EventBooks.InboxRow;
import dev.tradebook.system.invariants.EventBooks.OutboxRow;

class EventOrderPerCustomerTest {

    private final ConsistentBooks books = new ConsistentBooks();

    @Test
    void reportsALaterEventAppliedBeforeAnEarlierOne() {
        books.ledgerInbox.set(1, new InboxRow("ev-payment", ACME, NOON.minusMillis(1)));

        assertThat(new EventOrderPerCustomer().check(books.snapshot()))
                .containsExactly(new Violation("EventOrderPerCustomer",
                        "ledger applied customer ACME's event seq 2 before seq 1", "ev-payment", "ev-invoice", ACME));
    }

    @Test
    void acceptsEventsAppliedAtTheSameInstant() {
        books.ledgerInbox.set(1, new InboxRow("ev-payment", ACME, NOON));

        assertThat(new EventOrderPerCustomer().check(books.snapshot())).isEmpty();
    }

    @Test
    void comparesOnlyTheEventsOfOneCustomer() {
        books.salesOutbox.add(new OutboxRow("ev-other", "sales.events", "OTHER", 3, true));
        books.ledgerInbox.add(new InboxRow("ev-other", "OTHER", NOON.minusSeconds(60)));

        assertThat(new EventOrderPerCustomer().check(books.snapshot())).isEmpty();
    }

    @Test
    void followsTheOutboxSequenceNotTheRowsOrder() {
        books.salesOutbox.add(0, books.salesOutbox.remove(1));

        assertThat(new EventOrderPerCustomer().check(books.snapshot())).isEmpty();
    }
}
