package dev.tradebook.platform.runtime.problem;

/** One refused field of a request: its JSON path (e.g. {@code address.city}) and why. */
public record Violation(String field, String message) {
}
