package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.tradebook.platform.runtime.money.Money;

/** Open-item and period statements of a customer, from its open items and its journal lines. */
@ApplicationScoped
public class Statements {

    private static final String DEBTOR_LINES = """
            from JournalLine l join l.entry e
            where l.debtorAccountId in (select a.id from DebtorAccount a where a.customerCode = :customer)""";

    private final CustomerLedgers customers;
    private final AccountEnquiries enquiries;
    private final DebtorAccountRepository accounts;
    private final EntityManager entityManager;
    private final Clock clock;

    public Statements(CustomerLedgers customers, AccountEnquiries enquiries, DebtorAccountRepository accounts,
            EntityManager entityManager, Clock clock) {
        this.customers = customers;
        this.enquiries = enquiries;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Every open invoice, refund, credit note and unallocated payment, oldest first; closing = the balance. */
    public Statement openItems(String customerCode) {
        CustomerLedger ledger = customers.get(customerCode);
        List<OpenItem> open = enquiries.openItems(customerCode);
        BigDecimal balance = open.stream()
                .map(item -> item.kind().isDebit() ? item.outstanding() : item.outstanding().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Statement(customerCode, nameOf(ledger), ledger.currency(), LocalDate.now(clock), null, null,
                null, List.of(), open, scaled(balance, ledger));
    }

    /** {@code from} null starts at the first posting; {@code to} null ends today. */
    public Statement period(String customerCode, LocalDate from, LocalDate to) {
        CustomerLedger ledger = customers.get(customerCode);
        LocalDate start = from == null ? LocalDate.of(1, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        BigDecimal opening = entityManager.createQuery(
                        "select coalesce(sum(l.debit - l.credit), 0) " + DEBTOR_LINES + " and e.entryDate < :from", BigDecimal.class)
                .setParameter("customer", customerCode).setParameter("from", start)
                .getSingleResult();
        List<Object[]> postings = entityManager.createQuery("select e.entryDate, e.kind, e.sourceDocument, sum(l.debit), sum(l.credit) "
                        + DEBTOR_LINES + " and e.entryDate between :from and :to"
                        + " group by e.id, e.entryDate, e.kind, e.sourceDocument, e.postedAt order by e.entryDate, e.postedAt, e.id",
                        Object[].class)
                .setParameter("customer", customerCode).setParameter("from", start).setParameter("to", end)
                .getResultList();
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal balance = opening;
        for (Object[] posting : postings) {
            BigDecimal debit = (BigDecimal) posting[3];
            BigDecimal credit = (BigDecimal) posting[4];
            balance = balance.add(debit).subtract(credit);
            lines.add(new StatementLine((LocalDate) posting[0], (EntryKind) posting[1], (String) posting[2],
                    scaled(debit, ledger), scaled(credit, ledger), scaled(balance, ledger)));
        }
        return new Statement(customerCode, nameOf(ledger), ledger.currency(), end, from == null ? null : start, end,
                scaled(opening, ledger), lines, List.of(), scaled(balance, ledger));
    }

    private String nameOf(CustomerLedger ledger) {
        return accounts.findById(ledger.postingAccountId()).name();
    }

    private static BigDecimal scaled(BigDecimal amount, CustomerLedger ledger) {
        return Money.of(amount, ledger.currency()).amount();
    }
}
