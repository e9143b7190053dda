package dev.tradebook.customer.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.customer.domain.ChangeKind;
import dev.tradebook.customer.domain.HistoryEntry;

/** One entry of a customer's history. */
public record HistoryEntryView(
        @Schema(description = "the customer's version this change produced") long version,
        ChangeKind kind,
        @Schema(description = "the user (token preferred_username), or the service for automatic changes",
                examples = "priya") String changedBy,
        @Schema(description = "UTC") Instant changedAt,
        @Schema(description = "[{\"field\", \"before\", \"after\"}]; values as the customer shows them",
                examples = "[{\"field\": \"creditLimit\", \"before\": \"0.00\", \"after\": \"50000.00\"}]")
        JsonNode changes) {

    static HistoryEntryView of(HistoryEntry entry) {
        return new HistoryEntryView(entry.version(), entry.kind(), entry.changedBy(), entry.changedAt(),
                entry.changes());
    }
}
