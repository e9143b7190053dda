package dev.tradebook.system.invariants;

import java.time.Instant;
import java.util.List;

/** One database's outbox (what it published) and inbox (what it applied). */
public record EventBooks(List<OutboxRow> outbox, List<InboxRow> inbox) {

    public static final EventBooks NONE = new EventBooks(List.of(), List.of());

    /** {@code seq} is the order in which the relay publishes a customer's events. */
    public record OutboxRow(String id, String topic, String customer, long seq, boolean sent) {
    }

    public record InboxRow(String eventId, String customer, Instant receivedAt) {
    }
}
