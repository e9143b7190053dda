package dev.tradebook.transaction.domain;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.RmaReceived;
import dev.tradebook.platform.runtime.outbox.Outbox;

/** Returns: authorised against an invoice of the customer, received, then credited by a credit note. */
@ApplicationScoped
public class Rmas {

    private final CreditAccounts creditAccounts;
    private final InvoiceRepository invoices;
    private final CreditNotes creditNotes;
    private final NewDocuments documents;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final DocumentLists lists;

    public Rmas(CreditAccounts creditAccounts, InvoiceRepository invoices, CreditNotes creditNotes,
            NewDocuments documents, EntityManager entityManager, Outbox outbox, DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.documents = documents;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.lists = lists;
    }

    @Transactional
    public Rma authorise(DocumentRequest request, String invoice) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        invoices.ofCustomer(account, invoice, "invoice");
        Rma rma = new Rma(documents.number(DocumentType.RMA), account, priced, invoice, request.user(), documents.now(),
                documents.today());
        entityManager.persist(rma);
        return rma;
    }

    @Transactional
    public Rma receive(String number) {
        Rma rma = find(number);
        rma.receive(documents.today());
        outbox.add(EventTypes.RMA_RECEIVED, rma.customerCode(), new RmaReceived(rma.number(), rma.customerCode(),
                rma.invoice(), rma.receivedOn()));
        return rma;
    }

    /** The credit note for the returned lines, against the RMA's invoice. */
    @Transactional
    public Rma credit(String number, String user) {
        Rma rma = find(number);
        rma.requireReceived();
        List<LineInput> lines = rma.lines().stream().map(line -> line.withQuantity(line.quantity())).toList();
        CreditNote note = creditNotes.issue(new DocumentRequest(rma.customerCode(), rma.currency(), lines, false, user),
                rma.invoice(), rma.number());
        rma.credited(note.number());
        return rma;
    }

    /** {@code status} null for any. */
    public DocumentPage<Rma> list(DocumentListQuery query, RmaStatus status) {
        return lists.list(Rma.class, "documentDate", query, status == null ? List.of()
                : List.of(new DocumentCondition("d.status = :status", Map.of("status", status))));
    }

    public Rma find(String number) {
        return documents.find(Rma.class, "RMA", number);
    }
}
