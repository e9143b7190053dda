package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/v1/corporates/{code}}: the whole changeable state (the code never changes). */
public record CorporateChange(@NotBlank @Size(max = 60) String name, @NotNull Boolean active) {
}
