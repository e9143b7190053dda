package dev.tradebook.system.invariants;

import java.util.List;

/** One invariant of the whole system, checked on a snapshot of the services' databases. */
public interface Rule {

    /** The rule's name, as violations report it. */
    default String name() {
        return getClass().getSimpleName();
    }

    List<Violation> check(Snapshot snapshot);
}
