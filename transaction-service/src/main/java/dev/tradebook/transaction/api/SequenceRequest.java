package dev.tradebook.transaction.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SequenceRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,10}", message = "must be 1 to 10 capital letters, digits or dashes") String prefix,
        @Schema(description = "never below the current next number: numbers below it may be in use")
        @NotNull @Min(1) @Max(99_999_999_999L) Long nextNumber) {
}
