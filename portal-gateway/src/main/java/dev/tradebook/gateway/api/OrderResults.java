package dev.tradebook.gateway.api;

import java.util.List;

import dev.tradebook.gateway.domain.IntakeResult;

/** One result per pushed order, in the order pushed. */
public record OrderResults(List<IntakeResult> results) {
}
