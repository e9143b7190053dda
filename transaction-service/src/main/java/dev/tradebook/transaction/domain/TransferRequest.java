package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A payment or refund as asked for: the amount in the customer's currency, how and with which reference,
 * and for a payment the payer's allocation hints.
 */
public record TransferRequest(String customer, BigDecimal amount, PaymentMethod method, String reference,
        List<AllocationHint> allocations, String user) {

    public TransferRequest {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    public record AllocationHint(String invoice, BigDecimal amount) {
    }
}
