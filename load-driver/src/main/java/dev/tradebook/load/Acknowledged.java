package dev.tradebook.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Every write the stack acknowledged during the run (a 2xx answer), by kind and id: after a fault run each must
 * still be there. Touched on the event loop only.
 */
final class Acknowledged {

    record Write(String kind, String id) {
    }

    private final List<Write> writes = new ArrayList<>();

    void add(String kind, String id) {
        writes.add(new Write(kind, id));
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    String csv() {
        StringBuilder csv = new StringBuilder("kind,id\n");
        writes.forEach(write -> csv.append(write.kind()).append(',').append(write.id()).append('\n'));
        return csv.toString();
    }
}
