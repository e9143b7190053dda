package dev.tradebook.platform.runtime.inbox;

import dev.tradebook.platform.events.CloudEvent;

/** Applies one event's effect; runs inside the inbox transaction, so its writes and outbox rows commit with it. */
@FunctionalInterface
public interface EventHandler {

    void apply(CloudEvent<?> event);
}
