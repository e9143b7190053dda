package dev.tradebook.customer.reference.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * The invariants of reference data, checked again in the domain whatever the entry point (API, import,
 * a future event), collected per field so that one refusal names every bad field, like the API's own
 * validation does. The database repeats them as CHECK constraints.
 */
final class Checks {

    /** Codes of every kind of reference data: short, upper case, safe in URLs and CSV files. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");

    private final List<Violation> violations = new ArrayList<>();

    Checks code(String field, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            refuse(field, "must be 1 to 20 characters A-Z, 0-9 or -");
        }
        return this;
    }

    Checks text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            refuse(field, "must not be blank");
        } else {
            optionalText(field, value, maxLength);
        }
        return this;
    }

    Checks optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            refuse(field, "must be at most " + maxLength + " characters");
        }
        return this;
    }

    Checks refuse(String field, String message) {
        violations.add(new Violation(field, message));
        return this;
    }

    void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidRequest("validation", violations.size() + " field(s) failed validation", violations);
        }
    }

    /** Leading and trailing blanks are never meant; null stays null. */
    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Blank optional text is no text. */
    static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
