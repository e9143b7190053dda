package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.CreditNoteIssued;

/** Credit notes lower the exposure; one against an invoice never credits more than is left on it. */
@ApplicationScoped
public class CreditNotes {

    private final CreditAccounts creditAccounts;
    private final InvoiceRepository invoices;
    private final NewDocuments documents;
    private final DocumentLists lists;

    public CreditNotes(CreditAccounts creditAccounts, InvoiceRepository invoices, NewDocuments documents,
            DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.invoices = invoices;
        this.documents = documents;
        this.lists = lists;
    }

    /** {@code invoice} may be null for a standalone credit note; {@code rma} is null unless it credits a return. */
    @Transactional
    public CreditNote issue(DocumentRequest request, String invoice, String rma) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        if (invoice != null) {
            invoices.ofCustomer(account, invoice, "invoice").credit(priced.totals().total(), "lines");
        }
        account.addExposure(priced.totals().total().negate());
        CreditNote note = new CreditNote(documents.number(DocumentType.CREDIT_NOTE), account, priced, invoice, rma,
                request.user(), documents.now(), documents.today());
        return documents.store(account, DocumentType.CREDIT_NOTE, note, EventTypes.CREDIT_NOTE_ISSUED,
                new CreditNoteIssued(note.number(), account.customerCode(), account.currency(), note.documentDate(),
                        priced.totals().toEvent(), invoice, rma));
    }

    public CreditNote find(String number) {
        return documents.find(CreditNote.class, "Credit note", number);
    }

    public DocumentPage<CreditNote> list(DocumentListQuery query) {
        return lists.list(CreditNote.class, "documentDate", query, List.of());
    }
}
