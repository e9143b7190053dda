package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OpenItemRepository implements PanacheRepositoryBase<OpenItem, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("documentDate").and("document");

    Optional<OpenItem> findByEntry(UUID entryId) {
        return find("entryId", entryId).firstResultOptional();
    }

    Optional<OpenItem> findDocument(String customerCode, OpenItemKind kind, String document) {
        return find("customerCode = ?1 and kind = ?2 and document = ?3", customerCode, kind, document).firstResultOptional();
    }

    /** Every open item of one customer, oldest first. */
    public List<OpenItem> openOf(String customerCode) {
        return find("customerCode = ?1 and outstanding > 0", OLDEST_FIRST, customerCode).list();
    }

    /** One page of them; pages count from 0. */
    OpenItemPage openOf(String customerCode, int page, int size) {
        PanacheQuery<OpenItem> query = find("customerCode = ?1 and outstanding > 0", OLDEST_FIRST, customerCode);
        return new OpenItemPage(Pages.read(query, page, size), page, size, query.count());
    }

    /** What the customer owes item by item, those falling due first at the head. */
    List<OpenItem> openDebitsOldestFirst(String customerCode) {
        return find("customerCode = ?1 and outstanding > 0 and kind in ?2",
                Sort.by("dueDate").and("documentDate").and("document"), customerCode,
                OpenItemKind.DEBITS).list();
    }

    /** What of the customer's open invoices and refunds fell due before {@code cutoff}. */
    BigDecimal dueBefore(String customerCode, LocalDate cutoff) {
        return getEntityManager().createQuery("""
                select coalesce(sum(i.outstanding), 0) from OpenItem i
                where i.customerCode = :customer and i.outstanding > 0 and i.kind in :debits and i.dueDate < :cutoff""",
                BigDecimal.class)
                .setParameter("customer", customerCode)
                .setParameter("cutoff", cutoff)
                .setParameter("debits", OpenItemKind.DEBITS)
                .getSingleResult();
    }

    /**
     * The invoices named by {@code (customer, number)} pairs, the two lists side by side. The pairs are matched
     * exactly (one index probe each), not as every customer times every number.
     */
    List<OpenItem> invoicesNamed(List<String> customerCodes, List<String> numbers) {
        List<UUID> ids = getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select i.id from unnest(?, ?) as named (customer_code, document)
                    join open_item i on i.customer_code = named.customer_code collate "C" and i.kind = 'INVOICE'
                                    and i.document = named.document""")) {
                query.setArray(1, connection.createArrayOf("text", customerCodes.toArray()));
                query.setArray(2, connection.createArrayOf("text", numbers.toArray()));
                List<UUID> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
                return found;
            }
        });
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** {@link #dueAmounts} of several customers at once; a customer without open debit items is left out. */
    Map<String, DueAmounts> dueAmountsOf(Collection<String> customerCodes, LocalDate today) {
        List<Object[]> rows = getEntityManager().createQuery("""
                select i.customerCode, coalesce(sum(i.outstanding), 0),
                       coalesce(sum(case when i.dueDate < :today then i.outstanding else 0 end), 0)
                from OpenItem i
                where i.customerCode in :customers and i.outstanding > 0 and i.kind in :debits
                group by i.customerCode""", Object[].class)
                .setParameter("today", today)
                .setParameter("customers", customerCodes)
                .setParameter("debits", OpenItemKind.DEBITS)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0],
                row -> new DueAmounts((BigDecimal) row[1], (BigDecimal) row[2])));
    }

    /** What the customer owes on open debit items, and of that what fell due before {@code today}. */
    DueAmounts dueAmounts(String customerCode, LocalDate today) {
        Object[] row = (Object[]) getEntityManager().createQuery("""
                select coalesce(sum(i.outstanding), 0),
                       coalesce(sum(case when i.dueDate < :today then i.outstanding else 0 end), 0)
                from OpenItem i
                where i.customerCode = :customer and i.outstanding > 0 and i.kind in :debits""")
                .setParameter("customer", customerCode)
                .setParameter("today", today)
                .setParameter("debits", OpenItemKind.DEBITS)
                .getSingleResult();
        return new DueAmounts((BigDecimal) row[0], (BigDecimal) row[1]);
    }
}
