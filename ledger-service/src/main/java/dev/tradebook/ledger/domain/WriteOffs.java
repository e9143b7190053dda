package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.ledger.WriteOffPosted;
import dev.tradebook.platform.runtime.outbox.Outbox;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Writes off part or all of an invoice as uncollectable: Dr write-offs / Cr debtor, settling the invoice by
 * the amount; publishes ledger.write-off-posted.v1 (transaction-service lowers the exposure) and the new figures.
 */
@ApplicationScoped
public class WriteOffs {

    private final CustomerLocks locks;
    private final CustomerLedgers customers;
    private final OpenItemRepository items;
    private final DebtorAccountRepository accounts;
    private final AccountGroupRepository groups;
    private final Journal journal;
    private final Allocations allocations;
    private final Balances balances;
    private final CreditControl creditControl;
    private final Outbox outbox;
    private final Clock clock;

    public WriteOffs(CustomerLocks locks, CustomerLedgers customers, OpenItemRepository items,
            DebtorAccountRepository accounts, AccountGroupRepository groups, Journal journal, Allocations allocations,
            Balances balances, CreditControl creditControl, Outbox outbox, Clock clock) {
        this.locks = locks;
        this.customers = customers;
        this.items = items;
        this.accounts = accounts;
        this.groups = groups;
        this.journal = journal;
        this.allocations = allocations;
        this.balances = balances;
        this.creditControl = creditControl;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public JournalEntry writeOff(String customerCode, String invoiceNumber, BigDecimal amount, String reason) {
        locks.lock(customerCode);
        CustomerLedger ledger = customers.get(customerCode);
        OpenItem invoice = items.findDocument(customerCode, OpenItemKind.INVOICE, invoiceNumber)
                .orElseThrow(() -> new BusinessRuleViolation("write-off-refused", "Customer " + customerCode
                        + " has no invoice " + invoiceNumber, List.of(new Violation("invoice", "no such invoice of the customer"))));
        // The debtor side goes where the invoice was posted, even if the customer's posting account changed since.
        DebtorAccount account = accounts.findById(invoice.debtorAccountId());
        LocalDate today = LocalDate.now(clock);
        JournalEntry entry = journal.post(JournalEntry.draft(EntryKind.WRITE_OFF, customerCode, ledger.currency(),
                        invoiceNumber, today)
                .debit(ChartOfAccounts.WRITE_OFFS, null, amount)
                .credit(groups.findById(account.groupCode()).controlAccount(), account.id(), amount)
                .memo(reason)
                .post(clock.instant()));
        OpenItem writeOff = OpenItem.of(OpenItemKind.WRITE_OFF, entry, "WO-" + entry.id().toString().substring(0, 8).toUpperCase(),
                account.id(), amount, null);
        items.persist(writeOff);
        allocations.settle(writeOff, invoice, amount, today, "amount");
        outbox.add(EventTypes.WRITE_OFF_POSTED, customerCode, new WriteOffPosted(customerCode, ledger.currency(),
                invoiceNumber, writeOff.amount(), entry.id().toString(), reason));
        balances.changedBy(ledger, invoiceNumber);
        creditControl.evaluate(ledger);
        return entry;
    }
}
