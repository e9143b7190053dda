package dev.tradebook.transaction.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.DocumentRequest;
import dev.tradebook.transaction.domain.EcommerceFacts;

public record SalesOrderRequest(
        @NotBlank @Size(max = 20) String customer,
        @Schema(description = "optional; when given it must be the customer's currency")
        @Size(min = 3, max = 3) String currency,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull LineRequest> lines,
        @Schema(description = "accept a document past a WARN credit limit; the acknowledgement is recorded")
        Boolean acknowledgeCreditWarning,
        @Schema(description = "only for an order imported from an e-commerce cart; set at creation, never changed")
        @Valid Ecommerce ecommerce) {

    /** The cart and the order's id in it; importedOn is the service's to set. */
    public record Ecommerce(@NotBlank @Size(max = 40) String importedFromCart,
            @NotBlank @Size(max = 100) String cartMapping) {
    }

    DocumentRequest toDocument(String user) {
        return new DocumentRequest(customer, currency, lines.stream().map(LineRequest::toInput).toList(),
                Boolean.TRUE.equals(acknowledgeCreditWarning), user);
    }

    EcommerceFacts cart() {
        return ecommerce == null ? null : new EcommerceFacts(ecommerce.importedFromCart(), ecommerce.cartMapping(), null);
    }
}
