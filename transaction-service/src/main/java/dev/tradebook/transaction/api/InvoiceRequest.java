package dev.tradebook.transaction.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.transaction.domain.DocumentRequest;
import dev.tradebook.transaction.domain.LineInput;

/** Either {@code salesOrder} (with {@code lines} for a partial invoice) or {@code customer} and {@code lines}. */
public record InvoiceRequest(
        @Schema(description = "invoice this order: its whole open rest, or the given lines") @Size(max = 30) String salesOrder,
        @Schema(description = "a direct invoice, without an order") @Size(max = 20) String customer,
        @Size(min = 3, max = 3) String currency,
        @Size(max = 500) List<@Valid @NotNull LineRequest> lines,
        Boolean acknowledgeCreditWarning) {

    boolean forOrder() {
        if ((salesOrder == null) == (customer == null)) {
            throw new InvalidRequest("validation", "Give either salesOrder or customer",
                    List.of(new Violation(salesOrder == null ? "customer" : "salesOrder",
                            "exactly one of salesOrder and customer must be given")));
        }
        return salesOrder != null;
    }

    List<LineInput> lineInputs() {
        return lines == null ? List.of() : lines.stream().map(LineRequest::toInput).toList();
    }

    DocumentRequest toDocument(String user) {
        return new DocumentRequest(customer, currency, lineInputs(), Boolean.TRUE.equals(acknowledgeCreditWarning), user);
    }
}
