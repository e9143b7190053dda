package dev.tradebook.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The open item a posted document leaves. A credit note naming an invoice settles that invoice as far as
 * both allow; a payment settles the invoices its payer named, as far as they are open (hints that do not
 * fit are left unallocated, not refused: the money arrived all the same), then, when the company allocates
 * payments automatically, the oldest open invoices with what is left.
 */
@ApplicationScoped
public class OpenItems {

    private final OpenItemRepository items;
    private final Allocations allocations;
    private final LedgerSettingsService settings;

    public OpenItems(OpenItemRepository items, Allocations allocations, LedgerSettingsService settings) {
        this.items = items;
        this.allocations = allocations;
        this.settings = settings;
    }

    /** {@code invoiceNamed} finds an invoice of the document's customer by its number. */
    @Transactional(TxType.MANDATORY)
    public OpenedItem openFor(SalesDocument document, JournalEntry entry, DebtorAccount account,
            Function<String, Optional<OpenItem>> invoiceNamed) {
        List<Settlement> settlements = new ArrayList<>();
        OpenItem item = switch (document.kind()) {
            case INVOICE -> OpenItem.of(OpenItemKind.INVOICE, entry, account.id(), document.total(), document.dueDate());
            case REFUND -> OpenItem.of(OpenItemKind.REFUND, entry, account.id(), document.total(), null);
            case CREDIT_NOTE -> OpenItem.of(OpenItemKind.CREDIT_NOTE, entry, account.id(), document.total(), null);
            case PAYMENT -> OpenItem.of(OpenItemKind.PAYMENT, entry, account.id(), document.total(), null);
            // Paid at once: nothing stays open.
            case CASH_SALE -> null;
        };
        if (item == null) {
            return new OpenedItem(Optional.empty(), settlements);
        }
        items.persist(item);
        if (document.kind() == SalesDocumentKind.CREDIT_NOTE && document.invoice() != null) {
            invoiceNamed.apply(document.invoice())
                    .flatMap(invoice -> allocations.settleWhatFits(item, invoice, item.outstanding(), document.date()))
                    .ifPresent(settlements::add);
        }
        if (document.kind() == SalesDocumentKind.PAYMENT) {
            for (SalesDocument.AllocationHint hint : document.allocations()) {
                if (hint.invoice() != null && hint.amount() != null) {
                    invoiceNamed.apply(hint.invoice())
                            .flatMap(invoice -> allocations.settleWhatFits(item, invoice, hint.amount(), document.date()))
                            .ifPresent(settlements::add);
                }
            }
            if (settings.current().autoAllocatePayments()) {
                settlements.addAll(allocations.settleOldestFirst(item, document.date()));
            }
        }
        return new OpenedItem(Optional.of(item), settlements);
    }
}
