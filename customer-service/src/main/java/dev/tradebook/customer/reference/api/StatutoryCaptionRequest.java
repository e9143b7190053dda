package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/statutory-captions}. */
public record StatutoryCaptionRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -")
        @Schema(description = "the key of the value in a customer's statutoryNumbers", examples = "IEC") String code,
        @NotBlank @Size(max = 40) @Schema(examples = "Importer-Exporter Code") String label,
        @Schema(description = "default false; true: every customer saved from now on needs a value") Boolean mandatory,
        @Schema(description = "default true") Boolean active) {

    boolean mandatoryOrDefault() {
        return mandatory != null && mandatory;
    }

    boolean activeOrDefault() {
        return active == null || active;
    }
}
