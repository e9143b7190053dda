package dev.tradebook.customer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/customers/{code}/notes}; the author is the signed-in user. */
public record NoteRequest(@NotBlank @Size(max = 4000) String text) {
}
