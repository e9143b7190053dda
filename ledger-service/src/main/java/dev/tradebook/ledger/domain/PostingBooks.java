package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tradebook.platform.runtime.money.Money;

/**
 * What posting a run of documents needs to know of their customers, read in a few statements before the first
 * posting and kept current by each one: ledgers, debtor accounts, who has documents waiting, the invoices the
 * documents name, and what each customer owes on open debit items. So a batch of postings reads nothing per
 * document. Valid only under the customers' locks, inside the transaction that read it.
 */
final class PostingBooks {

    private record InvoiceKey(String customer, String number) {
    }

    private final Map<String, CustomerLedger> ledgers;
    private final Map<String, List<DebtorAccount>> accounts;
    private final Set<String> waiting;
    private final Map<InvoiceKey, OpenItem> invoices;
    private final Map<String, DueAmounts> due;
    private final LocalDate today;

    PostingBooks(List<CustomerLedger> ledgers, List<DebtorAccount> accounts, Set<String> waiting, List<OpenItem> invoices,
            Map<String, DueAmounts> due, LocalDate today) {
        this.ledgers = ledgers.stream().collect(Collectors.toMap(CustomerLedger::customerCode, Function.identity()));
        this.accounts = accounts.stream().collect(Collectors.groupingBy(DebtorAccount::customerCode));
        this.waiting = waiting;
        this.invoices = new HashMap<>();
        invoices.forEach(this::remember);
        this.due = new HashMap<>(due);
        this.today = today;
    }

    /** The customer's ledger, unless it has none yet or older documents of it still wait: then this one waits too. */
    Optional<CustomerLedger> ledgerToPostTo(String customer) {
        return waiting.contains(customer) ? Optional.empty() : Optional.ofNullable(ledgers.get(customer));
    }

    /** Keeps the customer's later documents of this run behind the one that just started waiting. */
    void waits(String customer) {
        waiting.add(customer);
    }

    DebtorAccount postingAccount(CustomerLedger ledger) {
        return accounts.get(ledger.customerCode()).stream()
                .filter(account -> account.id().equals(ledger.postingAccountId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("customer " + ledger.customerCode()
                        + " posts to an account it does not have"));
    }

    Optional<OpenItem> invoice(String customer, String number) {
        return Optional.ofNullable(invoices.get(new InvoiceKey(customer, number)));
    }

    /** Takes in what a posting for the customer opened and settled. */
    void opened(String customer, OpenedItem opened) {
        opened.item().filter(item -> item.kind() == OpenItemKind.INVOICE).ifPresent(this::remember);
        due.put(customer, dueOf(customer).after(opened, today));
    }

    /** Balance (the stored balances of all the customer's accounts), due and overdue, as of now. */
    CustomerFigures figuresOf(CustomerLedger ledger) {
        String currency = ledger.currency();
        BigDecimal balance = accounts.get(ledger.customerCode()).stream()
                .map(DebtorAccount::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        DueAmounts amounts = dueOf(ledger.customerCode());
        return new CustomerFigures(Money.of(balance, currency), Money.of(amounts.due(), currency),
                Money.of(amounts.overdue(), currency));
    }

    private DueAmounts dueOf(String customer) {
        return due.getOrDefault(customer, DueAmounts.NOTHING);
    }

    private void remember(OpenItem invoice) {
        invoices.put(new InvoiceKey(invoice.customerCode(), invoice.document()), invoice);
    }
}
