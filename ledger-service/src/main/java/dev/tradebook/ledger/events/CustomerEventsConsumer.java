package dev.tradebook.ledger.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;

import dev.tradebook.ledger.domain.CustomerLedgers;
import dev.tradebook.ledger.domain.Debtor;
import dev.tradebook.ledger.domain.Postings;
import dev.tradebook.ledger.domain.SalesDocument;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerChange;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.runtime.events.EventCodec;
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
    private final CustomerLedgers customerLedgers;
    private final Postings postings;
    private final EventCodec codec;

    public CustomerEventsConsumer(InboxProcessor inbox, CustomerLedgers customerLedgers, Postings postings, EventCodec codec) {
        this.inbox = inbox;
        this.customerLedgers = customerLedgers;
        this.postings = postings;
        this.codec = codec;
    }

    @Incoming("customer-events")
    @Blocking
    public void on(String record) {
        inbox.process(record, this::apply);
    }

    /**
     * A change may open the account that sales documents wait for: they post right after, in the same
     * transaction. Other customer event types do not concern the ledger; the inbox records them as applied.
     */
    void apply(CloudEvent<?> event) {
        if (event.data() instanceof CustomerChange change) {
            CustomerProfile profile = change.customer();
            customerLedgers.keep(debtorOf(event, profile), creditLimit(event, profile.creditLimit()));
            postings.releaseWaiting(profile.code(), this::waitingDocument);
        } else if (event.data() instanceof CustomerCreditTermsChanged terms) {
            customerLedgers.changeCreditLimit(terms.code(), creditLimit(event, terms.creditLimit()));
        }
    }

    /** Parked documents were read from sales events before; read back, they are the same documents. */
    private SalesDocument waitingDocument(String record) {
        return codec.decode(record).flatMap(SalesDocuments::of)
                .orElseThrow(() -> new IllegalStateException("a parked sales event no longer reads as a document"));
    }

    private static BigDecimal creditLimit(CloudEvent<?> event, BigDecimal limit) {
        if (limit != null && limit.signum() < 0) {
            throw new MalformedEventException(event.type() + " event " + event.id() + ": negative credit limit " + limit, null);
        }
        return limit;
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
