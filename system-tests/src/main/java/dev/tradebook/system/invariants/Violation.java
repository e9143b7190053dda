package dev.tradebook.system.invariants;

import java.util.List;

/** One broken invariant: the rule, what is wrong, and the ids of the rows involved, for someone to look them up. */
public record Violation(String rule, String message, List<String> ids) {

    public Violation(String rule, String message, String... ids) {
        this(rule, message, List.of(ids));
    }

    @Override
    public String toString() {
        return rule + ": " + message + " " + ids;
    }
}
