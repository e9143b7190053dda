package dev.tradebook.customer.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code PUT /api/v1/customers/{code}/classifications}, and its answer: the customer's whole set of
 * classification codes (empty takes the customer out of every class).
 */
public record ClassificationsRequest(
        @NotNull List<@NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a classification code")
                String> classifications) {
}
