package dev.tradebook.customer.domain;

/** One field of a change: its API name and its values before and after (null when absent). */
public record FieldChange(String field, Object before, Object after) {
}
