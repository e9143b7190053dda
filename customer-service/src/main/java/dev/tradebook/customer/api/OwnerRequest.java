package dev.tradebook.customer.api;

import java.util.List;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/** The body of {@code PUT .../owner}: who owns the customer from now on (1..100 characters). */
public record OwnerRequest(String owner) {

    static final int MAX_LENGTH = 100;

    /** The owner stripped of surrounding blanks; refused with 400 naming the field otherwise. */
    String validOwner() {
        String stripped = owner == null ? "" : owner.strip();
        String problem = stripped.isEmpty() ? "must not be blank"
                : stripped.length() > MAX_LENGTH ? "size must be between 1 and " + MAX_LENGTH : null;
        if (problem != null) {
            throw new InvalidRequest("validation", "1 field(s) failed validation",
                    List.of(new Violation("owner", problem)));
        }
        return stripped;
    }
}
