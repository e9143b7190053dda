package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.transaction.domain.MoneyTransfer;
import dev.tradebook.transaction.domain.Payment;

/** A payment received or a refund paid out. */
public record TransferView(String number, String customer, String customerName, String currency, LocalDate date,
        BigDecimal amount, String method, String reference, List<AllocationView> allocations, String createdBy,
        Instant createdAt) {

    public record AllocationView(String invoice, BigDecimal amount) {
    }

    static TransferView of(MoneyTransfer transfer) {
        List<AllocationView> allocations = transfer instanceof Payment payment
                ? payment.allocations().stream().map(a -> new AllocationView(a.invoice(),
                        Money.of(a.amount(), transfer.currency()).amount())).toList()
                : List.of();
        return new TransferView(transfer.number(), transfer.customerCode(), transfer.customerName(), transfer.currency(),
                transfer.documentDate(), transfer.amount().amount(), transfer.method().name(), transfer.reference(),
                allocations, transfer.createdBy(), transfer.createdAt());
    }
}
