package dev.tradebook.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every write the stack acknowledged during the run (a 2xx answer), by kind and id: after a fault run each must
 * still be there. Touched on the event loop only.
 */
final class Acknowledged {

    record Write(String kind, String id) {
    }

    private final List<Write> writes = new ArrayList<>();

    synchronized void add(String kind, String id) {
        writes.add(new Write(kind, id));
    }

    /** The ids by kind, in the order they were acknowledged. */
    synchronized Map<String, List<String>> byKind() {
        Map<String, List<String>> byKind = new TreeMap<>();
        writes.forEach(write -> byKind.computeIfAbsent(write.kind(), kind -> new ArrayList<>()).add(write.id()));
        return byKind;
    }
}
