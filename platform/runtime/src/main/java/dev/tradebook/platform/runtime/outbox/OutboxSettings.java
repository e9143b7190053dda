package dev.tradebook.platform.runtime.outbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxSettings {

    /** Off when Debezium (or another instance's relay only) publishes the outbox. */
    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for rows when no commit has woken it. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("30s")
    Duration maxBackoff();

    /** How long a send may wait for the broker's acknowledgement before the batch is retried. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /**
     * The relay's Kafka transactional id; by default {@code outbox-relay-<application>-<host>-<http port>}: the same
     * after a restart of one instance (its successor aborts what it left open), different between replicas.
     */
    Optional<String> transactionalId();
}
