package dev.tradebook.ledger.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tradebook.ledger.domain.Postings;
import dev.tradebook.ledger.domain.SalesDocument;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.runtime.events.EventCodec;
import dev.tradebook.platform.runtime.inbox.InboxBatchProcessor;
import dev.tradebook.platform.runtime.inbox.InboxBatchProcessor.Rejection;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Posts invoices, cash sales, credit notes, payments and refunds. Blocking and ordered, so that one customer's
 * documents (one partition, keyed by its code) post in the order they were issued. A poll of records posts in
 * one transaction; when that fails the records post one by one, and those refused go to the dead-letter topic.
 */
@ApplicationScoped
public class SalesEventsConsumer {

    private final InboxBatchProcessor inbox;
    private final Postings postings;
    private final EventCodec codec;
    private final SalesDeadLetters deadLetters;

    public SalesEventsConsumer(InboxBatchProcessor inbox, Postings postings, EventCodec codec, SalesDeadLetters deadLetters) {
        this.inbox = inbox;
        this.postings = postings;
        this.codec = codec;
        this.deadLetters = deadLetters;
    }

    @Incoming("sales-events")
    @Blocking
    public void on(ConsumerRecords<String, String> poll) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        List<Rejection> rejections = inbox.process(records.stream().map(ConsumerRecord::value).toList(), this::applyAll,
                this::apply);
        rejections.forEach(rejection -> deadLetters.park(records.get(rejection.index()), rejection.cause()));
    }

    void applyAll(List<CloudEvent<?>> events) {
        Map<String, CloudEvent<?>> byId = events.stream().collect(Collectors.toMap(CloudEvent::id, Function.identity()));
        List<SalesDocument> documents = events.stream().flatMap(event -> SalesDocuments.of(event).stream()).toList();
        postings.receiveAll(documents, document -> codec.encode(byId.get(document.eventId())));
    }

    void apply(CloudEvent<?> event) {
        SalesDocuments.of(event).ifPresent(document -> postings.receive(document, codec.encode(event)));
    }
}
