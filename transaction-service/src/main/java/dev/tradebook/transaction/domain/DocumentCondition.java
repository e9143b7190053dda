package dev.tradebook.transaction.domain;

import java.util.Map;

/** A further JPQL condition on the listed documents (alias {@code d}), such as their status. */
public record DocumentCondition(String jpql, Map<String, Object> parameters) {
}
