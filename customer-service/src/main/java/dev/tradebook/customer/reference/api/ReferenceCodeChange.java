package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/codes/{type}/{code}}: the whole changeable state (type and code never change). */
public record ReferenceCodeChange(
        @NotBlank @Size(max = 80) String description,
        @NotNull @Schema(description = "false deactivates the code: no longer offered, still shown where used")
        Boolean active,
        @Min(0) @Max(365) @Schema(description = "payment terms (PY) only, and required there") Integer netDays) {
}
