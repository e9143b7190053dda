package dev.tradebook.customer.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.sales.CustomerHasTransactions;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Learns from transaction-service which customers have had a document: from then on they can no longer be
 * deleted. Blocking and ordered, like every consumer; the inbox makes a redelivery harmless.
 */
@ApplicationScoped
public class SalesEventsConsumer {

    private final InboxProcessor inbox;
    private final CustomerService customers;

    public SalesEventsConsumer(InboxProcessor inbox, CustomerService customers) {
        this.inbox = inbox;
        this.customers = customers;
    }

    @Incoming("sales-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    /** The other sales events (orders, invoices, payments...) do not concern the customer master. */
    void apply(CloudEvent<?> event) {
        if (event.data() instanceof CustomerHasTransactions first) {
            customers.recordTransaction(first.customer(), EventSources.serviceOf(event));
        }
    }
}
