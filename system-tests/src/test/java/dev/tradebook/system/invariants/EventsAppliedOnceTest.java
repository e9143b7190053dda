package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.EventBooks.OutboxRow;

class EventsAppliedOnceTest {

    private final ConsistentBooks books = new ConsistentBooks();

    @Test
    void reportsAnEventOneConsumerNeverApplied() {
        books.customerInbox.remove(1);

        assertThat(new EventsAppliedOnce().check(books.snapshot()))
                .containsExactly(new Violation("EventsAppliedOnce",
                        "customer never applied transaction's sales.events event", "ev-payment", ACME));
    }

    @Test
    void reportsAnEventNeverPublishedAndNeverApplied() {
        books.salesOutbox.add(new OutboxRow("ev-refund", "sales.events", ACME, 3, false));

        assertThat(new EventsAppliedOnce().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("transaction's outbox never published sales.events event",
                        "customer never applied transaction's sales.events event",
                        "ledger never applied transaction's sales.events event");
    }

    @Test
    void expectsNothingOfATopicNoOneConsumes() {
        books.salesOutbox.add(new OutboxRow("ev-audit", "audit.events", ACME, 3, true));

        assertThat(new EventsAppliedOnce().check(books.snapshot())).isEmpty();
    }
}
