package dev.tradebook.customer.reference.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.reference.domain.CustomFieldSpec;
import dev.tradebook.customer.reference.domain.CustomFieldType;

/** The body of {@code PUT /api/v1/custom-fields/{name}}: the whole changeable state (the name never changes). */
public record CustomFieldChange(
        @NotBlank @Size(max = 60) String label,
        @NotNull @Schema(description = "must stay what it is (422 otherwise): stored values would no longer fit")
        CustomFieldType type,
        @Size(max = 100) List<@NotBlank @Size(max = 60) String> choices,
        @NotNull Boolean required,
        @NotNull Boolean inheritToDocuments,
        @NotNull Boolean active) {

    CustomFieldSpec toSpec() {
        return new CustomFieldSpec(label, type, choices, required, inheritToDocuments, active);
    }
}
