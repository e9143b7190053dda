package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.tradebook.system.invariants.CustomerMaster.MasterCustomer;
import dev.tradebook.system.invariants.EventBooks.InboxRow;
import dev.tradebook.system.invariants.EventBooks.OutboxRow;
import dev.tradebook.system.invariants.LedgerBooks.AccountTotals;
import dev.tradebook.system.invariants.LedgerBooks.EntryTotals;
import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;
import dev.tradebook.system.invariants.SalesBooks.CreditAccount;
import dev.tradebook.system.invariants.SalesBooks.IssuedDocument;

/**
 * One customer, ACME, whose books agree everywhere: invoice INV-1 of 100.00 and payment PAY-1 of 40.00 posted
 * (balance 60.00), an approved order of 25.00 not invoiced (exposure 85.00), no holds, and the two sales events
 * applied in order by both consumers of sales.events. Tests change one fact and expect the one violation.
 */
final class ConsistentBooks {

    static final String ACME = "ACME";
    static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID INVOICE_ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID PAYMENT_ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    final List<EntryTotals> entries = new ArrayList<>(List.of(
            new EntryTotals(INVOICE_ENTRY, ACME, "INVOICE", "INV-1", money("100.00"), money("100.00")),
            new EntryTotals(PAYMENT_ENTRY, ACME, "PAYMENT", "PAY-1", money("40.00"), money("40.00"))));
    final List<AccountTotals> accounts = new ArrayList<>(List.of(
            new AccountTotals(ACCOUNT, ACME, money("60.00"), money("60.00"), money("60.00"))));
    final List<LedgerCustomer> ledgerCustomers = new ArrayList<>(List.of(
            new LedgerCustomer(ACME, money("1000.00"), money("60.00"), money("0"), false, false)));
    CreditRules rules = new CreditRules("CREDIT_LIMIT", money("0"));
    final List<IssuedDocument> documents = new ArrayList<>(List.of(
            new IssuedDocument("INVOICE", "INV-1", ACME), new IssuedDocument("PAYMENT", "PAY-1", ACME)));
    final List<CreditAccount> creditAccounts = new ArrayList<>(List.of(
            new CreditAccount(ACME, money("85.00"), money("25.00"), false, false, false)));
    final List<MasterCustomer> masterCustomers = new ArrayList<>(List.of(
            new MasterCustomer(ACME, false, Set.of(), money("60.00"))));
    final List<OutboxRow> salesOutbox = new ArrayList<>(List.of(
            new OutboxRow("ev-invoice", "sales.events", ACME, 1, true),
            new OutboxRow("ev-payment", "sales.events", ACME, 2, true)));
    final List<InboxRow> ledgerInbox = new ArrayList<>(List.of(
            new InboxRow("ev-invoice", ACME, NOON), new InboxRow("ev-payment", ACME, NOON.plusSeconds(1))));
    final List<InboxRow> customerInbox = new ArrayList<>(List.of(
            new InboxRow("ev-invoice", ACME, NOON), new InboxRow("ev-payment", ACME, NOON.plusSeconds(1))));

    Snapshot snapshot() {
        return new Snapshot(new LedgerBooks(entries, accounts, ledgerCustomers, rules),
                new SalesBooks(documents, creditAccounts), new CustomerMaster(masterCustomers),
                Map.of("ledger", new EventBooks(List.of(), ledgerInbox),
                        "transaction", new EventBooks(salesOutbox, List.of()),
                        "customer", new EventBooks(List.of(), customerInbox)),
                new Subscriptions(Map.of("sales.events", Set.of("customer", "ledger"))));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
