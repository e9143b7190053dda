package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/corporates}. */
public record CorporateRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -")
        @Schema(examples = "RELIANCE") String code,
        @NotBlank @Size(max = 60) @Schema(examples = "Reliance group") String name,
        @Schema(description = "default true") Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
