package dev.tradebook.transaction.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.DocumentRequest;

public record QuoteRequest(
        @NotBlank @Size(max = 20) String customer,
        @Size(min = 3, max = 3) String currency,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull LineRequest> lines,
        @Schema(description = "the last day the offer stands; 30 days from today when absent") LocalDate validUntil) {

    DocumentRequest toDocument(String user) {
        return new DocumentRequest(customer, currency, lines.stream().map(LineRequest::toInput).toList(), false, user);
    }
}
