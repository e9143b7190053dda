package dev.tradebook.ledger;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.testing.TestTopics;

/** Reads what the ledger published on ledger.events about one customer. */
@ApplicationScoped
public class LedgerEvents {

    private final EventCodec codec;

    public LedgerEvents(EventCodec codec) {
        this.codec = codec;
    }

    /** Waits for {@code expected} events of the type (e.g. {@code ledger.credit-hold-applied.v1}) and returns them in order. */
    public <T> List<T> read(String customer, String type, Class<T> data, int expected) {
        return TestTopics.read(Topics.LEDGER_EVENTS,
                        record -> customer.equals(record.key()) && record.value().contains("\"" + type + "\""), expected,
                        Duration.ofSeconds(60)).stream()
                .map(record -> data.cast(codec.decode(record.value()).map(CloudEvent::data).orElseThrow()))
                .toList();
    }

    /** Every event of the type published within a few seconds: for asserting that one was published once or not at all. */
    public long count(String customer, String type) {
        return TestTopics.readAll(Topics.LEDGER_EVENTS,
                record -> customer.equals(record.key()) && record.value().contains("\"" + type + "\""),
                Duration.ofSeconds(3)).size();
    }
}
