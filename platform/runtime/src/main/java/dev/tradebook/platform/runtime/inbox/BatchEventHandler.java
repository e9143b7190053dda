package dev.tradebook.platform.runtime.inbox;

import java.util.List;

import dev.tradebook.platform.events.CloudEvent;

/**
 * Applies the effects of several events, in their order, inside one inbox transaction; redeliveries are
 * already left out. Any exception undoes the whole batch, which is then applied event by event.
 */
@FunctionalInterface
public interface BatchEventHandler {

    void apply(List<CloudEvent<?>> events);
}
