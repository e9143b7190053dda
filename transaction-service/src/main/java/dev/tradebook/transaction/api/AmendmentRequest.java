package dev.tradebook.transaction.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tradebook.transaction.domain.DocumentRequest;

/** The order's new lines, replacing the current ones as the next revision. */
public record AmendmentRequest(
        @Size(min = 3, max = 3) String currency,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull LineRequest> lines,
        Boolean acknowledgeCreditWarning) {

    DocumentRequest toDocument(String customer, String user) {
        return new DocumentRequest(customer, currency, lines.stream().map(LineRequest::toInput).toList(),
                Boolean.TRUE.equals(acknowledgeCreditWarning), user);
    }
}
