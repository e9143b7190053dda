package dev.tradebook.platform.runtime.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.retention")
public interface RetentionSettings {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("1h")
    Duration interval();

    /** Sent outbox rows are only an audit trail once the broker has them. */
    @WithDefault("7d")
    Duration sentEvents();

    /**
     * Must outlast the topics' retention: an event id forgotten here would be applied again if its
     * record were replayed from the topic.
     */
    @WithDefault("30d")
    Duration appliedEvents();

    /** How long a client may retry a creating POST with the same Idempotency-Key and get the first answer. */
    @WithDefault("1d")
    Duration idempotencyKeys();

    /** Rows deleted per statement, so that a large backlog never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
