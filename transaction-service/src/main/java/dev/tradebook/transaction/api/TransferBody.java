package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.PaymentMethod;
import dev.tradebook.transaction.domain.TransferRequest;

/** A payment or refund: amount in the customer's currency; allocations are for payments only. */
public record TransferBody(
        @NotBlank @Size(max = 20) String customer,
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotNull PaymentMethod method,
        @Size(max = 60) String reference,
        @Schema(description = "payments only: the invoices the payer meant, the rest stays unallocated")
        @Size(max = 100) List<@Valid @NotNull AllocationBody> allocations) {

    public record AllocationBody(
            @NotBlank @Size(max = 30) String invoice,
            @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount) {
    }

    TransferRequest toRequest(String user) {
        return new TransferRequest(customer, amount, method, reference, allocations == null ? List.of()
                : allocations.stream().map(a -> new TransferRequest.AllocationHint(a.invoice(), a.amount())).toList(),
                user);
    }
}
