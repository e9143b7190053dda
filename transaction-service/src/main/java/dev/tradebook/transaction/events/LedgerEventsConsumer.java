package dev.tradebook.transaction.events;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.events.ledger.EntryReversed;
import dev.tradebook.platform.events.ledger.WriteOffPosted;
import dev.tradebook.platform.runtime.events.MalformedEventException;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.transaction.domain.CreditAccounts;
import dev.tradebook.transaction.domain.HoldReason;
import io.smallrye.common.annotation.Blocking;

/**
 * The ledger's automatic holds, and the postings it makes on its own: write-offs and reversals move the exposure
 * by what the customer owes more or less. Balance changes are ignored: every other posting is one of the
 * documents this service issued, which moved the exposure when it was issued.
 */
@ApplicationScoped
public class LedgerEventsConsumer {

    private final InboxProcessor inbox;
    private final CreditAccounts creditAccounts;

    public LedgerEventsConsumer(InboxProcessor inbox, CreditAccounts creditAccounts) {
        this.inbox = inbox;
        this.creditAccounts = creditAccounts;
    }

    @Incoming("ledger-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    void apply(CloudEvent<?> event) {
        if (event.data() instanceof CreditHoldApplied applied) {
            creditAccounts.recordAutomaticHold(applied.customer(), reason(event, applied.reason()), true);
        } else if (event.data() instanceof CreditHoldReleased released) {
            creditAccounts.recordAutomaticHold(released.customer(), reason(event, released.reason()), false);
        } else if (event.data() instanceof WriteOffPosted writeOff) {
            creditAccounts.recordWriteOff(writeOff.customer(), exact(event, writeOff.amount(), writeOff.currency()));
        } else if (event.data() instanceof EntryReversed reversed) {
            creditAccounts.recordReversal(reversed.customer(), exact(event, reversed.amount(), reversed.currency()));
        }
    }

    /** The ledger posts at the currency's scale: an amount that is not cannot be applied, ever. */
    private static Money exact(CloudEvent<?> event, BigDecimal amount, String currency) {
        if (amount == null || currency == null || !Money.isCurrencyCode(currency)
                || Money.of(amount, currency).amount().compareTo(amount) != 0) {
            throw new MalformedEventException("event " + event.id() + " has no amount at the currency's scale: "
                    + amount + " " + currency, null);
        }
        return Money.of(amount, currency);
    }

    private static HoldReason reason(CloudEvent<?> event, String reason) {
        if (!"CREDIT_LIMIT".equals(reason) && !"PAST_DUE".equals(reason)) {
            throw new MalformedEventException("event " + event.id() + " has no automatic hold reason: " + reason, null);
        }
        return HoldReason.valueOf(reason);
    }
}
