package dev.tradebook.transaction.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerChange;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerHoldChanged;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import dev.tradebook.transaction.domain.CreditAccounts;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the credit accounts in step with the customer master, from its events only. Records are handled
 * one at a time (ordered blocking), so the events of one customer, which share a key, apply in order.
 */
@ApplicationScoped
public class CustomerEventsConsumer {

    private final InboxProcessor inbox;
    private final CreditAccounts creditAccounts;

    public CustomerEventsConsumer(InboxProcessor inbox, CreditAccounts creditAccounts) {
        this.inbox = inbox;
        this.creditAccounts = creditAccounts;
    }

    @Incoming("customer-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    /**
     * Status changes come with a customer.updated.v1 as well, which carries them in the profile. Other
     * types carry nothing the credit account copies; their ids are still recorded.
     */
    void apply(CloudEvent<?> event) {
        if (event.data() instanceof CustomerChange change) {
            creditAccounts.record(CustomerProfileMapper.toSnapshot(event, change.customer()));
        } else if (event.data() instanceof CustomerHoldChanged hold) {
            creditAccounts.recordManualHold(hold.code(), hold.manualReason(), hold.version());
        } else if (event.data() instanceof CustomerDeleted deleted) {
            creditAccounts.recordDeletion(deleted.code());
        }
    }
}
