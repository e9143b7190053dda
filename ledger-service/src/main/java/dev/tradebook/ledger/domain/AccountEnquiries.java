package dev.tradebook.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/** What accounts and sales ask of a customer's account: its figures, its journal lines, its open items. */
@ApplicationScoped
public class AccountEnquiries {

    /** Lines on the customer's debtor accounts, optionally from/to an entry date (both inclusive). */
    private static final String LINES = """
            from JournalLine l join l.entry e
            where l.debtorAccountId in (select a.id from DebtorAccount a where a.customerCode = :customer)
              and e.entryDate >= :from and e.entryDate <= :to""";

    private final CustomerLedgers customers;
    private final Balances balances;
    private final OpenItemRepository items;
    private final EntityManager entityManager;

    public AccountEnquiries(CustomerLedgers customers, Balances balances, OpenItemRepository items,
            EntityManager entityManager) {
        this.customers = customers;
        this.balances = balances;
        this.items = items;
        this.entityManager = entityManager;
    }

    public AccountSummary summary(String customerCode) {
        CustomerLedger ledger = customers.get(customerCode);
        return new AccountSummary(ledger, balances.figuresOf(ledger));
    }

    /** In the order they were posted; {@code from}/{@code to} null leave that end open. */
    public LinePage entries(String customerCode, LocalDate from, LocalDate to, int page, int size) {
        customers.get(customerCode);
        TypedQuery<JournalLine> lines = entityManager.createQuery(
                "select l " + LINES.replace("join l.entry", "join fetch l.entry") + " order by e.entryDate, e.postedAt, e.id, l.lineNo", JournalLine.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(l) " + LINES, Long.class);
        for (TypedQuery<?> query : List.of(lines, count)) {
            query.setParameter("customer", customerCode)
                    .setParameter("from", from == null ? LocalDate.of(1, 1, 1) : from)
                    .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        }
        long first = (long) page * size;
        List<JournalLine> found = first + size > Integer.MAX_VALUE ? List.of()
                : lines.setFirstResult((int) first).setMaxResults(size).getResultList();
        return new LinePage(found, page, size, count.getSingleResult());
    }

    public List<OpenItem> openItems(String customerCode) {
        customers.get(customerCode);
        return items.openOf(customerCode);
    }

    public OpenItemPage openItems(String customerCode, int page, int size) {
        customers.get(customerCode);
        return items.openOf(customerCode, page, size);
    }

    public JournalEntry journalEntry(UUID id) {
        JournalEntry entry = entityManager.find(JournalEntry.class, id);
        if (entry == null) {
            throw new ResourceNotFound("Journal entry", id.toString());
        }
        return entry;
    }
}
