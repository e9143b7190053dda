package dev.tradebook.customer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST .../{id}/lose}: why the lead or prospect will not buy. */
public record LoseRequest(@NotBlank @Size(max = 255) String reason) {
}
