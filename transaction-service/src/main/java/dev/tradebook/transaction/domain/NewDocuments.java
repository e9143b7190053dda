package dev.tradebook.transaction.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventType;
import dev.tradebook.platform.runtime.outbox.Outbox;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/**
 * What creating any document takes beside its own rule: a reference number, the time and the (UTC) day,
 * storing it, publishing its event and, the first time, that its customer has transactions.
 */
@ApplicationScoped
public class NewDocuments {

    private final DocumentSequences sequences;
    private final FirstDocuments firstDocuments;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    public NewDocuments(DocumentSequences sequences, FirstDocuments firstDocuments, EntityManager entityManager,
            Outbox outbox, Clock clock) {
        this.sequences = sequences;
        this.firstDocuments = firstDocuments;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    public String number(DocumentType type) {
        return sequences.take(type);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** The account must be locked by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <D extends CustomerDocument, E> D store(CreditAccount account, DocumentType type, D document,
            EventType<E> eventType, E event) {
        entityManager.persist(document);
        outbox.add(eventType, account.customerCode(), event);
        firstDocuments.record(account, type, document.number());
        return document;
    }

    public <D extends CustomerDocument> D find(Class<D> kind, String what, String number) {
        D document = entityManager.find(kind, number);
        if (document == null) {
            throw new ResourceNotFound(what, number);
        }
        return document;
    }
}
