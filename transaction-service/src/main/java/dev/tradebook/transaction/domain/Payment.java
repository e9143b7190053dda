package dev.tradebook.transaction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/** Money received from the customer; it lowers the exposure whether or not it is allocated. */
@Entity
@Table(name = "payment")
public class Payment extends MoneyTransfer {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_allocation", joinColumns = @JoinColumn(name = "payment_number"))
    private List<PaymentAllocation> allocations = new ArrayList<>();

    protected Payment() {
    }

    Payment(String number, CreditAccount customer, Money amount, TransferRequest request, Instant now, LocalDate today) {
        super(number, customer, amount, request, now, today);
    }

    void allocate(Invoice invoice, Money amount, String field) {
        if (allocations.stream().anyMatch(a -> a.invoice().equals(invoice.number()))) {
            throw new BusinessRuleViolation("duplicate-allocation", "Invoice " + invoice.number()
                    + " is named twice", List.of(new Violation(field, "names an invoice already allocated")));
        }
        allocations.add(new PaymentAllocation(invoice.number(), amount.amount()));
    }

    public List<PaymentAllocation> allocations() {
        return List.copyOf(allocations);
    }
}
