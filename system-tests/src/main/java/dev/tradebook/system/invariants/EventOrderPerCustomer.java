package dev.tradebook.system.invariants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tradebook.system.invariants.EventBooks.InboxRow;
import dev.tradebook.system.invariants.EventBooks.OutboxRow;

/**
 * Each consumer applied a customer's events in the order its producer wrote them: along the outbox's sequence,
 * the time each consumer recorded an event in its inbox never goes back. Equal times are fine (a batch is
 * recorded at one instant). What the data cannot prove: the order of two events of different producers (no
 * common sequence), nor the order of events whose outbox rows are gone; events never applied are
 * {@link EventsAppliedOnce}'s to report.
 */
public final class EventOrderPerCustomer implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        List<Violation> violations = new ArrayList<>();
        snapshot.events().forEach((producer, books) -> {
            Map<String, Map<String, List<OutboxRow>>> byTopicAndCustomer = books.outbox().stream()
                    .sorted(Comparator.comparingLong(OutboxRow::seq))
                    .collect(Collectors.groupingBy(OutboxRow::topic, Collectors.groupingBy(OutboxRow::customer)));
            byTopicAndCustomer.forEach((topic, customers) -> {
                for (String consumer : snapshot.subscriptions().consumersOf(topic)) {
                    Map<String, Instant> applied = appliedAt(snapshot.events().getOrDefault(consumer, EventBooks.NONE));
                    customers.forEach((customer, events) -> check(violations, consumer, customer, events, applied));
                }
            });
        });
        return violations;
    }

    private void check(List<Violation> violations, String consumer, String customer, List<OutboxRow> events,
            Map<String, Instant> applied) {
        OutboxRow previous = null;
        for (OutboxRow event : events) {
            Instant at = applied.get(event.id());
            if (at == null) {
                continue;
            }
            if (previous != null && at.isBefore(applied.get(previous.id()))) {
                violations.add(new Violation(name(), consumer + " applied customer " + customer + "'s event seq "
                        + event.seq() + " before seq " + previous.seq(), event.id(), previous.id(), customer));
            }
            previous = event;
        }
    }

    private static Map<String, Instant> appliedAt(EventBooks books) {
        Map<String, Instant> applied = new HashMap<>();
        for (InboxRow row : books.inbox()) {
            applied.put(row.eventId(), row.receivedAt());
        }
        return applied;
    }
}
