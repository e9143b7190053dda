package dev.tradebook.customer.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.customer.domain.BalanceFigures;
import dev.tradebook.customer.domain.HoldReason;
import dev.tradebook.customer.domain.LedgerFacts;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.runtime.events.MalformedEventException;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the ledger's facts on the customer: its balance and the automatic hold reasons of credit control.
 * Blocking and ordered, so that one customer's events apply in the order the ledger published them.
 */
@ApplicationScoped
public class LedgerEventsConsumer {

    private final InboxProcessor inbox;
    private final LedgerFacts facts;

    public LedgerEventsConsumer(InboxProcessor inbox, LedgerFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("ledger-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    /** Other ledger events (drift, write-offs) do not concern the customer master. */
    void apply(CloudEvent<?> event) {
        if (event.data() instanceof BalanceChanged changed) {
            facts.balanceChanged(new BalanceFigures(changed.customer(), changed.currency(), changed.balance(),
                    changed.amountDue(), changed.amountOverdue(), changed.sequence()));
        } else if (event.data() instanceof CreditHoldApplied applied) {
            facts.creditHoldApplied(applied.customer(), automaticReason(event, applied.reason()),
                    EventSources.serviceOf(event));
        } else if (event.data() instanceof CreditHoldReleased released) {
            facts.creditHoldReleased(released.customer(), automaticReason(event, released.reason()),
                    EventSources.serviceOf(event));
        }
    }

    /** Only CREDIT_LIMIT and PAST_DUE are the ledger's; anything else breaks the contract: no retry. */
    private static HoldReason automaticReason(CloudEvent<?> event, String reason) {
        if (HoldReason.CREDIT_LIMIT.name().equals(reason) || HoldReason.PAST_DUE.name().equals(reason)) {
            return HoldReason.valueOf(reason);
        }
        throw new MalformedEventException(event.type() + " event " + event.id() + ": unknown hold reason " + reason,
                null);
    }
}
