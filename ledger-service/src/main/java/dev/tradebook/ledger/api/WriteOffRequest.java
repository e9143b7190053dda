package dev.tradebook.ledger.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code {"invoice": "INV000001", "amount": "12.50", "reason": "customer insolvent"}}. */
public record WriteOffRequest(
        @NotNull @Pattern(regexp = AllocationRequest.DOCUMENT, message = AllocationRequest.DOCUMENT_MESSAGE) String invoice,
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank @Size(max = 200) String reason) {
}
