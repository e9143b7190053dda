package dev.tradebook.ledger.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.ledger.domain.Postings;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Posts invoices, cash sales, credit notes, payments and refunds. Blocking and ordered, so that one customer's
 * documents (one partition, keyed by its code) post in the order they were issued.
 */
@ApplicationScoped
public class SalesEventsConsumer {

    private final InboxProcessor inbox;
    private final Postings postings;
    private final EventCodec codec;

    public SalesEventsConsumer(InboxProcessor inbox, Postings postings, EventCodec codec) {
        this.inbox = inbox;
        this.postings = postings;
        this.codec = codec;
    }

    @Incoming("sales-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    void apply(CloudEvent<?> event) {
        SalesDocuments.of(event).ifPresent(document -> postings.receive(document, codec.encode(event)));
    }
}
