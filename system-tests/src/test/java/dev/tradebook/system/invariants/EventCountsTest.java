package dev.tradebook.system.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EventCountsTest {

    private final Subscriptions subscriptions = new Subscriptions(Map.of(
            "ledger.events", Set.of("customer", "transaction"), "sales.events", Set.of("customer", "ledger")));

    @Test
    void isDrainedWhenEveryConsumerAppliedWhatItsTopicsCarried() {
        EventCounts counts = new EventCounts(Map.of("ledger", 0L, "transaction", 0L),
                Map.of("ledger.events", Map.of("/ledger-service", 4L), "sales.events", Map.of("/transaction-service", 6L)),
                Map.of("customer", Map.of("/ledger-service", 4L, "/transaction-service", 6L),
                        "transaction", Map.of("/ledger-service", 4L),
                        "ledger", Map.of("/transaction-service", 6L)));

        assertThat(counts.behind(subscriptions)).isEmpty();
    }

    @Test
    void namesTheConsumerBehindAndTheRowsUnsent() {
        EventCounts counts = new EventCounts(Map.of("ledger", 2L, "transaction", 0L),
                Map.of("ledger.events", Map.of("/ledger-service", 4L)),
                Map.of("customer", Map.of("/ledger-service", 1L), "transaction", Map.of("/ledger-service", 4L)));

        assertThat(counts.behind(subscriptions)).containsExactly("ledger has 2 unsent outbox rows",
                "customer applied 1 of 4 ledger.events events from /ledger-service");
    }

    @Test
    void countsAConsumerThatAppliedNothingYet() {
        EventCounts counts = new EventCounts(Map.of(), Map.of("sales.events", Map.of("/transaction-service", 1L)),
                Map.of("customer", Map.of("/transaction-service", 1L)));

        assertThat(counts.behind(subscriptions))
                .containsExactly("ledger applied 0 of 1 sales.events events from /transaction-service");
    }
}
