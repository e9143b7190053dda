package dev.tradebook.system.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SubscriptionsTest {

    private final Subscriptions subscriptions = Subscriptions.fromServiceConfig(
            Path.of(System.getProperty("tradebook.repository", "..")));

    @Test
    void readsWhoConsumesWhichTopicFromTheServicesConfiguration() {
        assertThat(subscriptions.consumersOf("customer.events")).containsExactlyInAnyOrder("gateway", "ledger", "transaction");
        assertThat(subscriptions.consumersOf("sales.events")).containsExactlyInAnyOrder("customer", "ledger");
        assertThat(subscriptions.consumersOf("ledger.events")).containsExactlyInAnyOrder("customer", "transaction");
    }

    @Test
    void knowsNoConsumerOfADeadLetterTopic() {
        assertThat(subscriptions.consumersOf("dead-letter-topic-sales-events")).isEmpty();
    }
}
