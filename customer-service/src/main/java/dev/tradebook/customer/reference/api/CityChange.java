package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/v1/cities/{code}}: the whole changeable state (the code never changes). */
public record CityChange(
        @NotBlank @Size(max = 60) String name,
        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,10}", message = "must be a state code such as IN-MH") String state,
        @NotNull Boolean active) {
}
