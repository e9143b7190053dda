package dev.tradebook.customer.events;

import dev.tradebook.platform.events.CloudEvent;

/** Who made a change another service told us about, as the customer's history names it. */
final class EventSources {

    private EventSources() {
    }

    /** The publishing service, as its events' source names it ("/ledger-service" is ledger-service). */
    static String serviceOf(CloudEvent<?> event) {
        return event.source().replaceFirst("^/", "");
    }
}
