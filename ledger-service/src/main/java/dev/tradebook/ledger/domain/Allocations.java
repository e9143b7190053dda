package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/** Settles debit items with credit items; never more than either has outstanding, never across customers or currencies. */
@ApplicationScoped
public class Allocations {

    private final AllocationRepository allocations;
    private final OpenItemRepository items;
    private final Clock clock;

    public Allocations(AllocationRepository allocations, OpenItemRepository items, Clock clock) {
        this.allocations = allocations;
        this.items = items;
        this.clock = clock;
    }

    /** Refuses, with 422 naming {@code field}, what it cannot settle in full; the caller's transaction then rolls back. */
    @Transactional(TxType.MANDATORY)
    public void settle(OpenItem credit, OpenItem debit, BigDecimal amount, LocalDate on, String field) {
        String refusal = refusal(credit, debit, amount);
        if (refusal != null) {
            throw new BusinessRuleViolation("allocation-refused", "Cannot allocate " + amount.toPlainString() + " of "
                    + credit.document() + " to " + debit.document() + ": " + refusal,
                    List.of(new Violation(field, refusal)));
        }
        credit.settle(amount);
        debit.settle(amount);
        // Aging looks back by this date: a settlement never counts before both documents existed.
        LocalDate effective = Collections.max(List.of(on, credit.documentDate(), debit.documentDate()));
        allocations.persist(new Allocation(credit, debit, amount, effective, clock.instant()));
    }

    /** Settles as much as both still have open (nothing when either is settled); answers the settlement, if any. */
    @Transactional(TxType.MANDATORY)
    public Optional<Settlement> settleWhatFits(OpenItem credit, OpenItem debit, BigDecimal wanted, LocalDate on) {
        BigDecimal amount = wanted.min(credit.outstanding()).min(debit.outstanding());
        if (amount.signum() <= 0 || refusal(credit, debit, amount) != null) {
            return Optional.empty();
        }
        settle(credit, debit, amount, on, "amount");
        return Optional.of(new Settlement(debit, amount));
    }

    /**
     * Settles the credit item against the customer's open debit items, those due first first, until it is used
     * up; answers the settlements.
     */
    @Transactional(TxType.MANDATORY)
    public List<Settlement> settleOldestFirst(OpenItem credit, LocalDate on) {
        List<Settlement> settlements = new ArrayList<>();
        for (OpenItem debit : items.openDebitsOldestFirst(credit.customerCode())) {
            if (!credit.isOpen()) {
                break;
            }
            settleWhatFits(credit, debit, credit.outstanding(), on).ifPresent(settlements::add);
        }
        return settlements;
    }

    private static String refusal(OpenItem credit, OpenItem debit, BigDecimal amount) {
        if (credit.kind().isDebit() || !debit.kind().isDebit()) {
            return "only a payment or credit note settles an invoice or refund";
        }
        if (!credit.customerCode().equals(debit.customerCode())) {
            return "both documents must belong to the same customer";
        }
        if (!credit.currency().equals(debit.currency())) {
            return "both documents must be in the same currency";
        }
        if (amount.signum() <= 0) {
            return "must be greater than 0";
        }
        if (Money.of(amount, credit.currency()).amount().compareTo(amount) != 0) {
            return "has more decimals than " + credit.currency() + " allows";
        }
        if (amount.compareTo(credit.outstanding()) > 0) {
            return "more than the " + shown(credit.outstanding(), credit) + " left on " + credit.document();
        }
        if (amount.compareTo(debit.outstanding()) > 0) {
            return "more than the " + shown(debit.outstanding(), debit) + " outstanding on " + debit.document();
        }
        return null;
    }

    private static String shown(BigDecimal amount, OpenItem item) {
        return Money.of(amount, item.currency()).amount().toPlainString();
    }
}
