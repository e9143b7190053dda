package dev.tradebook.transaction.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.outbox.Outbox;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/**
 * Issues invoices, of an order or direct. An order's invoice moves its amount from the order's part of
 * the exposure to the invoices' part; a direct invoice adds to the exposure and is credit-checked per the
 * customer's creditActionOnInvoice.
 */
@ApplicationScoped
public class Invoices {

    private final CreditAccounts creditAccounts;
    private final DocumentSequences sequences;
    private final SalesOrderRepository orders;
    private final SalesOrderRevisionRepository revisions;
    private final InvoiceRepository invoices;
    private final CreditAcknowledgementRepository acknowledgements;
    private final FirstDocuments firstDocuments;
    private final Outbox outbox;
    private final Clock clock;
    private final DocumentLists lists;

    public Invoices(CreditAccounts creditAccounts, DocumentSequences sequences, SalesOrderRepository orders,
            SalesOrderRevisionRepository revisions, InvoiceRepository invoices,
            CreditAcknowledgementRepository acknowledgements, FirstDocuments firstDocuments, Outbox outbox, Clock clock,
            DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.sequences = sequences;
        this.orders = orders;
        this.revisions = revisions;
        this.invoices = invoices;
        this.acknowledgements = acknowledgements;
        this.firstDocuments = firstDocuments;
        this.outbox = outbox;
        this.clock = clock;
        this.lists = lists;
    }

    /**
     * The whole rest of an APPROVED or PARTIALLY_INVOICED order ({@code lines} empty), or the given lines,
     * which must not total more than the order has left. Inherited data comes from the order.
     */
    @Transactional
    public InvoiceRecord issueForOrder(String orderNumber, List<LineInput> lines, String user) {
        SalesOrder order = orders.findByIdOptional(orderNumber)
                .orElseThrow(() -> new ResourceNotFound("Sales order", orderNumber));
        CreditAccount account = creditAccounts.lockExisting(order.customerCode());
        order.requireInvoiceable();
        boolean wholeRest = lines.isEmpty();
        Pricing.Priced priced = Pricing.price(wholeRest
                ? OrderRest.of(revisions.of(orderNumber).get(order.revision()).lines(), invoices.ofOrder(orderNumber))
                : lines, order.currency());
        Money released = wholeRest ? order.uninvoiced() : priced.totals().total();
        order.invoice(released);
        account.addExposure(priced.totals().total().minus(released));
        return issue(account, order.number(), order.documentDefaults(), priced, Optional.empty(), user);
    }

    /** An invoice without an order: refused for a customer on hold, credit-checked otherwise. */
    @Transactional(dontRollbackOn = CreditRefused.class)
    public InvoiceRecord issueDirect(DocumentRequest request) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        Money amount = priced.totals().total();
        if (account.onHold()) {
            throw CreditRefused.onHold(account.position(), amount, account.holdReasons());
        }
        Optional<CreditFigures> warning = CreditDecision.check(account.position(), amount,
                account.creditActionOnInvoice(), request.acknowledgeCreditWarning());
        account.addExposure(amount);
        return issue(account, null, account.documentDefaults(), priced, warning, request.user());
    }

    public InvoiceRecord find(String number) {
        Invoice invoice = invoices.findByIdOptional(number).orElseThrow(() -> new ResourceNotFound("Invoice", number));
        return new InvoiceRecord(invoice, acknowledgements.of(DocumentType.INVOICE, number));
    }

    public DocumentPage<InvoiceRecord> list(DocumentListQuery query) {
        return lists.list(Invoice.class, "invoiceDate", query, List.of()).map(invoice ->
                new InvoiceRecord(invoice, acknowledgements.of(DocumentType.INVOICE, invoice.number())));
    }

    private InvoiceRecord issue(CreditAccount account, String salesOrder, DocumentDefaultsCopy defaults,
            Pricing.Priced priced, Optional<CreditFigures> warning, String user) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Invoice invoice = Invoice.issue(sequences.take(DocumentType.INVOICE), account, salesOrder, defaults, priced,
                user, now, today);
        invoices.persist(invoice);
        warning.ifPresent(figures -> acknowledgements.persist(
                new CreditAcknowledgement(DocumentType.INVOICE, invoice.number(), user, now, figures)));
        outbox.add(EventTypes.INVOICE_ISSUED, account.customerCode(), new InvoiceIssued(invoice.number(),
                account.customerCode(), invoice.currency(), today, invoice.dueDate(), priced.totals().toEvent(),
                salesOrder));
        firstDocuments.record(account, DocumentType.INVOICE, invoice.number());
        return find(invoice.number());
    }
}
