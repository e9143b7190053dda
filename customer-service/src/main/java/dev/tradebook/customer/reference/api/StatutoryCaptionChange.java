package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/v1/statutory-captions/{code}}: the whole changeable state. */
public record StatutoryCaptionChange(@NotBlank @Size(max = 40) String label, @NotNull Boolean mandatory,
        @NotNull Boolean active) {
}
