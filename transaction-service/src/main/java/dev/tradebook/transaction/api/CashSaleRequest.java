package dev.tradebook.transaction.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tradebook.transaction.domain.DocumentRequest;
import dev.tradebook.transaction.domain.PaymentMethod;

public record CashSaleRequest(
        @NotBlank @Size(max = 20) String customer,
        @Size(min = 3, max = 3) String currency,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull LineRequest> lines,
        @NotNull PaymentMethod method,
        @Size(max = 60) String reference) {

    DocumentRequest toDocument(String user) {
        return new DocumentRequest(customer, currency, lines.stream().map(LineRequest::toInput).toList(), false, user);
    }
}
