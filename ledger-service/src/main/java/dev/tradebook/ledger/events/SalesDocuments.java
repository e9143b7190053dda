package dev.tradebook.ledger.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import dev.tradebook.ledger.domain.SalesDocument;
import dev.tradebook.ledger.domain.SalesDocument.AllocationHint;
import dev.tradebook.ledger.domain.SalesDocumentKind;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.sales.CashSaleMade;
import dev.tradebook.platform.events.sales.CreditNoteIssued;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.events.sales.PaymentReceived;
import dev.tradebook.platform.events.sales.RefundIssued;
import dev.tradebook.platform.runtime.events.MalformedEventException;

/** The sales events the ledger posts, read as documents; empty for the others (orders, RMAs, first-transaction notices). */
final class SalesDocuments {

    private SalesDocuments() {
    }

    static Optional<SalesDocument> of(CloudEvent<?> event) {
        String id = event.id();
        SalesDocument document;
        if (event.data() instanceof InvoiceIssued invoice) {
            document = new SalesDocument(id, SalesDocumentKind.INVOICE, invoice.number(), invoice.customer(), invoice.currency(),
                    invoice.invoiceDate(), invoice.dueDate(), invoice.totals().net(), invoice.totals().tax(),
                    invoice.totals().total(), null, List.of());
        } else if (event.data() instanceof CashSaleMade sale) {
            document = new SalesDocument(id, SalesDocumentKind.CASH_SALE, sale.number(), sale.customer(), sale.currency(),
                    sale.saleDate(), null, sale.totals().net(), sale.totals().tax(), sale.totals().total(), null, List.of());
        } else if (event.data() instanceof CreditNoteIssued note) {
            document = new SalesDocument(id, SalesDocumentKind.CREDIT_NOTE, note.number(), note.customer(), note.currency(),
                    note.issueDate(), null, note.totals().net(), note.totals().tax(), note.totals().total(), note.invoice(),
                    List.of());
        } else if (event.data() instanceof PaymentReceived payment) {
            document = new SalesDocument(id, SalesDocumentKind.PAYMENT, payment.number(), payment.customer(), payment.currency(),
                    payment.receivedOn(), null, payment.amount(), BigDecimal.ZERO, payment.amount(), null,
                    payment.allocations().stream().map(hint -> new AllocationHint(hint.invoice(), hint.amount())).toList());
        } else if (event.data() instanceof RefundIssued refund) {
            document = new SalesDocument(id, SalesDocumentKind.REFUND, refund.number(), refund.customer(), refund.currency(),
                    refund.issuedOn(), null, refund.amount(), BigDecimal.ZERO, refund.amount(), null, List.of());
        } else {
            return Optional.empty();
        }
        return Optional.of(complete(event, document));
    }

    /** A document without the facts every posting needs breaks the contract: no retry can post it. */
    private static SalesDocument complete(CloudEvent<?> event, SalesDocument document) {
        if (document.number() == null || document.customer() == null || document.currency() == null
                || document.date() == null || document.total() == null) {
            throw new MalformedEventException(event.type() + " event " + event.id()
                    + " lacks number, customer, currency, date or amount", null);
        }
        return document;
    }
}
