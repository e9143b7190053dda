package dev.tradebook.ledger.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.tradebook.ledger.domain.RequestedAllocation;

/** {@code {"source": "PAY000001", "allocations": [{"invoice": "INV000001", "amount": "100.00"}]}}. */
public record AllocationRequest(
        @NotNull @Pattern(regexp = DOCUMENT, message = DOCUMENT_MESSAGE) String source,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> allocations) {

    static final String DOCUMENT = "[A-Za-z0-9/_-]{1,40}";
    static final String DOCUMENT_MESSAGE = "must be a document number of 1 to 40 letters, digits, /, _ or -";

    public record Line(
            @NotNull @Pattern(regexp = DOCUMENT, message = DOCUMENT_MESSAGE) String invoice,
            @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount) {
    }

    List<RequestedAllocation> requested() {
        return allocations.stream().map(line -> new RequestedAllocation(line.invoice(), line.amount())).toList();
    }
}
