package dev.tradebook.platform.runtime.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal that the API answers as application/problem+json. Domain code throws the subclasses;
 * the status is a plain number so that no HTTP type reaches the domain.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected ProblemException(int status, String type, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** Adds a member beside the standard ones, e.g. the figures of a credit refusal. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    /** The last segment of the problem type URI, e.g. {@code credit-limit-exceeded}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
