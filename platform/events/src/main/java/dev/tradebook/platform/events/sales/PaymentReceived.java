package dev.tradebook.platform.events.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code sales.payment-received.v1}: money in from the customer. {@code allocations} are the payer's
 * hints; the rest stays unallocated (or is allocated oldest-first when the ledger is set to).
 */
public record PaymentReceived(String number, String customer, String currency, LocalDate receivedOn,
        BigDecimal amount, String method, String reference, List<Allocation> allocations) {

    public PaymentReceived {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }
}
