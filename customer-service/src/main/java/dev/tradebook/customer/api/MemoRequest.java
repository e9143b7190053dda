package dev.tradebook.customer.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.domain.MemoDetails;
import dev.tradebook.customer.domain.MemoKind;

/** The body of {@code POST /api/v1/customers/{code}/memos} and {@code PUT .../memos/{id}}. */
public record MemoRequest(
        @NotNull MemoKind kind,
        @NotBlank @Size(max = 120) String subject,
        @Size(max = 2000) String details,
        @Schema(description = "who does the task or attends the event (a user name)")
        @NotBlank @Size(max = 100) String assignee,
        @Schema(description = "when the task is due or the event is scheduled; any offset, kept in UTC")
        @NotNull Instant dueAt) {

    MemoDetails toDetails() {
        return new MemoDetails(kind, subject, details, assignee, dueAt);
    }
}
