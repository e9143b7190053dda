package dev.tradebook.ledger.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Allocates a payment or credit note to invoices of the same customer, all or nothing: the first allocation
 * that does not fit refuses the request, naming it, and nothing of it is written.
 */
@ApplicationScoped
public class CustomerAllocations {

    private final CustomerLocks locks;
    private final CustomerLedgers customers;
    private final OpenItemRepository items;
    private final Allocations allocations;
    private final CreditControl creditControl;
    private final Clock clock;

    public CustomerAllocations(CustomerLocks locks, CustomerLedgers customers, OpenItemRepository items,
            Allocations allocations, CreditControl creditControl, Clock clock) {
        this.locks = locks;
        this.customers = customers;
        this.items = items;
        this.allocations = allocations;
        this.creditControl = creditControl;
        this.clock = clock;
    }

    @Transactional
    public AllocationOutcome allocate(String customerCode, String source, List<RequestedAllocation> requested) {
        locks.lock(customerCode);
        CustomerLedger ledger = customers.get(customerCode);
        OpenItem credit = creditItem(customerCode, source);
        LocalDate today = LocalDate.now(clock);
        List<OpenItem> invoices = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedAllocation allocation = requested.get(i);
            OpenItem invoice = items.findDocument(customerCode, OpenItemKind.INVOICE, allocation.invoice())
                    .orElseThrow(refusal("allocations[" + i + "].invoice",
                            "no invoice " + allocation.invoice() + " of customer " + customerCode));
            allocations.settle(credit, invoice, allocation.amount(), today, "allocations[" + i + "].amount");
            if (!invoices.contains(invoice)) {
                invoices.add(invoice);
            }
        }
        // Settling an overdue invoice may end a past-due hold.
        creditControl.evaluate(ledger);
        return new AllocationOutcome(credit, invoices);
    }

    private OpenItem creditItem(String customerCode, String source) {
        Optional<OpenItem> payment = items.findDocument(customerCode, OpenItemKind.PAYMENT, source);
        return payment.or(() -> items.findDocument(customerCode, OpenItemKind.CREDIT_NOTE, source))
                .orElseThrow(refusal("source", "no payment or credit note " + source + " of customer " + customerCode));
    }

    private static Supplier<BusinessRuleViolation> refusal(String field, String message) {
        return () -> new BusinessRuleViolation("allocation-refused", "Cannot allocate: " + message,
                List.of(new Violation(field, message)));
    }
}
