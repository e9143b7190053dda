package dev.tradebook.ledger.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.ledger.EntryReversed;
import dev.tradebook.platform.runtime.outbox.Outbox;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.StateConflict;

/**
 * Corrects a posted entry the only way the journal allows: a mirror entry, dated today. The open item the
 * entry left gets a counter-item on the other side, settled against what is still open of it; the rest stays
 * open (a reversed invoice that was paid leaves the payment's money as a credit). Publishes
 * ledger.entry-reversed.v1 with the change of what the customer owes: transaction-service did not cause this
 * posting, so only that event moves its exposure.
 */
@ApplicationScoped
public class Reversals {

    private final CustomerLocks locks;
    private final AccountEnquiries enquiries;
    private final JournalEntryRepository entries;
    private final CustomerLedgers customers;
    private final OpenItemRepository items;
    private final Journal journal;
    private final Allocations allocations;
    private final Balances balances;
    private final CreditControl creditControl;
    private final Outbox outbox;
    private final Clock clock;

    public Reversals(CustomerLocks locks, AccountEnquiries enquiries, JournalEntryRepository entries,
            CustomerLedgers customers, OpenItemRepository items, Journal journal, Allocations allocations,
            Balances balances, CreditControl creditControl, Outbox outbox, Clock clock) {
        this.locks = locks;
        this.enquiries = enquiries;
        this.entries = entries;
        this.customers = customers;
        this.items = items;
        this.journal = journal;
        this.allocations = allocations;
        this.balances = balances;
        this.creditControl = creditControl;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public JournalEntry reverse(UUID entryId, String reason) {
        JournalEntry original = enquiries.journalEntry(entryId);
        locks.lock(original.customerCode());
        if (original.kind() == EntryKind.REVERSAL) {
            throw new BusinessRuleViolation("reversal-refused", "Entry " + entryId
                    + " is itself a reversal; post the document again instead");
        }
        if (entries.count("reverses", entryId) > 0) {
            throw new StateConflict("already-reversed", "Entry " + entryId + " has been reversed already");
        }
        LocalDate today = LocalDate.now(clock);
        JournalEntry reversal = journal.post(original.mirror(reason, today).post(clock.instant()));
        Optional<OpenItem> left = items.findByEntry(entryId);
        left.ifPresent(item -> counter(item, reversal, today));
        CustomerLedger ledger = customers.get(original.customerCode());
        outbox.add(EventTypes.ENTRY_REVERSED, ledger.customerCode(), new EntryReversed(ledger.customerCode(),
                reversal.currency(), reversal.debtorChange(), reversal.id().toString(), entryId.toString(),
                original.kind().name(), original.sourceDocument(), reason));
        balances.changedBy(ledger, original.sourceDocument());
        creditControl.evaluate(ledger);
        return reversal;
    }

    private void counter(OpenItem item, JournalEntry reversal, LocalDate today) {
        OpenItemKind kind = item.kind().isDebit() ? OpenItemKind.REVERSAL_CREDIT : OpenItemKind.REVERSAL_DEBIT;
        OpenItem counterItem = OpenItem.of(kind, reversal, item.document(), item.debtorAccountId(), item.amount(), null);
        items.persist(counterItem);
        if (item.isOpen()) {
            OpenItem credit = item.kind().isDebit() ? counterItem : item;
            OpenItem debit = item.kind().isDebit() ? item : counterItem;
            allocations.settle(credit, debit, item.outstanding(), today, "id");
        }
    }
}
