package dev.tradebook.system.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.tradebook.system.invariants.EventBooks.InboxRow;
import dev.tradebook.system.invariants.EventBooks.OutboxRow;

/**
 * Every event in an outbox was published and applied by each service that consumes its topic: its id is in that
 * service's inbox. Applied at most once is the inbox's primary key (the id, written in the transaction of the
 * effect), so present means exactly once. What this cannot see: events whose outbox rows the retention sweep
 * already deleted (sent more than 7 days ago).
 */
public final class EventsAppliedOnce implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        Map<String, Set<String>> applied = snapshot.events().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, books -> books.getValue().inbox().stream()
                        .map(InboxRow::eventId).collect(Collectors.toSet())));
        List<Violation> violations = new ArrayList<>();
        snapshot.events().forEach((producer, books) -> {
            for (OutboxRow event : books.outbox()) {
                if (!event.sent()) {
                    violations.add(new Violation(name(), producer + "'s outbox never published " + event.topic()
                            + " event", event.id(), event.customer()));
                }
                for (String consumer : snapshot.subscriptions().consumersOf(event.topic())) {
                    if (!applied.getOrDefault(consumer, Set.of()).contains(event.id())) {
                        violations.add(new Violation(name(), consumer + " never applied " + producer + "'s "
                                + event.topic() + " event", event.id(), event.customer()));
                    }
                }
            }
        });
        return violations;
    }
}
