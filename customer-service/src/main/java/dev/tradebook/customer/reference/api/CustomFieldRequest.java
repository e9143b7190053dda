package dev.tradebook.customer.reference.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.reference.domain.CustomFieldSpec;
import dev.tradebook.customer.reference.domain.CustomFieldType;

/** The body of {@code POST /api/v1/custom-fields}. */
public record CustomFieldRequest(
        @NotNull @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}",
                message = "must be 1 to 40 letters or digits in camelCase, starting with a lower-case letter")
        @Schema(description = "the key of the value in a customer's customFields", examples = "preferredTransporter")
        String name,
        @NotBlank @Size(max = 60) @Schema(examples = "Preferred transporter") String label,
        @NotNull CustomFieldType type,
        @Size(max = 100) @Schema(description = "CHOICE only, and required there: the values offered, in order")
        List<@NotBlank @Size(max = 60) String> choices,
        @Schema(description = "default false; true: every customer saved from now on needs a value") Boolean required,
        @Schema(description = "default false; true: the value is copied onto the customer's sales documents")
        Boolean inheritToDocuments,
        @Schema(description = "default true") Boolean active) {

    CustomFieldSpec toSpec() {
        return new CustomFieldSpec(label, type, choices, required != null && required,
                inheritToDocuments != null && inheritToDocuments, active == null || active);
    }
}
