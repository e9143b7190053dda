package dev.tradebook.ledger.domain;

import java.util.Optional;

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

    @Transactional(TxType.MANDATORY)
    public void openFor(SalesDocument document, JournalEntry entry, DebtorAccount account) {
        switch (document.kind()) {
            case INVOICE -> items.persist(OpenItem.of(OpenItemKind.INVOICE, entry, account.id(), document.total(), document.dueDate()));
            case REFUND -> items.persist(OpenItem.of(OpenItemKind.REFUND, entry, account.id(), document.total(), null));
            case CREDIT_NOTE -> {
                OpenItem credit = OpenItem.of(OpenItemKind.CREDIT_NOTE, entry, account.id(), document.total(), null);
                items.persist(credit);
                invoice(document.customer(), document.invoice())
                        .ifPresent(invoice -> allocations.settleWhatFits(credit, invoice, credit.outstanding(), document.date()));
            }
            case PAYMENT -> {
                OpenItem payment = OpenItem.of(OpenItemKind.PAYMENT, entry, account.id(), document.total(), null);
                items.persist(payment);
                for (SalesDocument.AllocationHint hint : document.allocations()) {
                    if (hint.amount() != null) {
                        invoice(document.customer(), hint.invoice())
                                .ifPresent(invoice -> allocations.settleWhatFits(payment, invoice, hint.amount(), document.date()));
                    }
                }
                if (settings.current().autoAllocatePayments()) {
                    allocations.settleOldestFirst(payment, document.date());
                }
            }
            case CASH_SALE -> {
                // Paid at once: nothing stays open.
            }
        }
    }

    private Optional<OpenItem> invoice(String customerCode, String number) {
        return number == null ? Optional.empty() : items.findDocument(customerCode, OpenItemKind.INVOICE, number);
    }
}
