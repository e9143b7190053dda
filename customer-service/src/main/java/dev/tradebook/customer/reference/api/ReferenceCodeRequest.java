package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/codes/{type}}. */
public record ReferenceCodeRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -")
        @Schema(examples = "NET30") String code,
        @NotBlank @Size(max = 80) @Schema(examples = "30 days from invoice date") String description,
        @Schema(description = "default true") Boolean active,
        @Min(0) @Max(365)
        @Schema(description = "payment terms (PY) only, and required there: days from invoice date to due date")
        Integer netDays) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
