package dev.tradebook.ledger.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.ledger.domain.Debtor;
import dev.tradebook.ledger.domain.DebtorAccounts;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerChange;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.runtime.events.MalformedEventException;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps debtor accounts in step with the customer master. Blocking and ordered, so that the events of
 * one customer (one partition, keyed by its code) are applied in the order they were published.
 */
@ApplicationScoped
public class CustomerEventsConsumer {

    private final InboxProcessor inbox;
    private final DebtorAccounts debtorAccounts;

    public CustomerEventsConsumer(InboxProcessor inbox, DebtorAccounts debtorAccounts) {
        this.inbox = inbox;
        this.debtorAccounts = debtorAccounts;
    }

    @Incoming("customer-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    /** Other customer event types do not concern debtor accounts (yet); the inbox records them as applied. */
    void apply(CloudEvent<?> event) {
        if (event.data() instanceof CustomerChange change) {
            debtorAccounts.openFor(debtorOf(event, change.customer()));
        }
    }

    /** A profile that breaks the event contract can never be applied: no retry, straight to the dead-letter topic. */
    private static Debtor debtorOf(CloudEvent<?> event, CustomerProfile profile) {
        try {
            return new Debtor(profile.code(), profile.name(), profile.currency(), profile.debtorAccountGroups());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " event " + event.id() + ": " + e.getMessage(), e);
        }
    }
}
