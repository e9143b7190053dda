package dev.tradebook.customer.api;

import java.util.List;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/** The body of {@code PUT .../hold}: why the customer is put on manual hold (1..200 characters). */
public record HoldRequest(String reason) {

    static final int MAX_LENGTH = 200;

    /** The reason stripped of surrounding blanks; refused with 400 naming the field otherwise. */
    String validReason() {
        String stripped = reason == null ? "" : reason.strip();
        String problem = stripped.isEmpty() ? "must not be blank"
                : stripped.length() > MAX_LENGTH ? "size must be between 1 and " + MAX_LENGTH : null;
        if (problem != null) {
            throw new InvalidRequest("validation", "1 field(s) failed validation",
                    List.of(new Violation("reason", problem)));
        }
        return stripped;
    }
}
