package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;


/**
 * What the ledger tells the customer master: the balance, shown read-only, and the automatic hold
 * reasons of its credit control, which are part of the customer (history, hold-changed event).
 */
@ApplicationScoped
public class LedgerFacts {

    private final CustomerRepository customers;
    private final CustomerHistory history;
    private final Event<HoldChanged> holdChanged;
    private final Clock clock;

    public LedgerFacts(CustomerRepository customers, CustomerHistory history, Event<HoldChanged> holdChanged,
            Clock clock) {
        this.customers = customers;
        this.history = history;
        this.holdChanged = holdChanged;
        this.clock = clock;
    }

    /** Keeps the figures of the highest posting sequence; older ones arriving later are ignored. */
    @Transactional
    public void balanceChanged(BalanceFigures figures) {
        Customer customer = customers.live(figures.customer());
        CustomerBalance balance = customer.balanceRecord();
        if (balance.update(figures, clock.instant())) {
            customers.getEntityManager().persist(balance);
        }
    }

    /** {@code by} names the service whose credit control decided, for the history. */
    @Transactional
    public void creditHoldApplied(String code, HoldReason reason, String by) {
        Customer customer = customers.live(code);
        List<HoldReason> before = customer.holdReasons();
        if (customer.applyCreditHold(reason, clock.instant())) {
            recordHoldChange(customer, ChangeKind.CREDIT_HOLD_APPLIED, before, by);
        }
    }

    @Transactional
    public void creditHoldReleased(String code, HoldReason reason, String by) {
        Customer customer = customers.live(code);
        List<HoldReason> before = customer.holdReasons();
        if (customer.releaseCreditHold(reason, clock.instant())) {
            recordHoldChange(customer, ChangeKind.CREDIT_HOLD_RELEASED, before, by);
        }
    }

    private void recordHoldChange(Customer customer, ChangeKind kind, List<HoldReason> before, String by) {
        customers.flush();
        history.record(customer, kind, by,
                FieldChanges.hold(before, customer.manualHoldReason(), customer));
        holdChanged.fire(new HoldChanged(customer));
    }
}
