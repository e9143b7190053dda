package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.tradebook.platform.runtime.money.Money;

/**
 * Aged receivables as of any date, in SQL: an item counts if it was posted by then, for what its allocations
 * up to then left open. So an invoice paid after the date is still open as of it. One pass over the open items
 * and the allocations, grouped in the database; only a page of customers leaves it.
 */
@ApplicationScoped
public class Aging {

    private static final String OPEN_AS_OF = """
            with settled as (
                select item_id, sum(amount) as amount from (
                    select debit_item_id as item_id, amount from allocation where allocated_on <= :asOf
                    union all
                    select credit_item_id, amount from allocation where allocated_on <= :asOf) s
                group by item_id),
            open_as_of as (
                select i.customer_code, i.currency, (:asOf - i.due_date) as days_late,
                       (case when i.kind in ('INVOICE', 'REFUND', 'REVERSAL_DEBIT') then 1 else -1 end)
                           * (i.amount - coalesce(s.amount, 0)) as amount
                from open_item i left join settled s on s.item_id = i.id
                where i.document_date <= :asOf and i.amount > coalesce(s.amount, 0) %s)
            """;

    private static final String BUCKETS = """
            coalesce(sum(amount) filter (where days_late <= 0), 0),
            coalesce(sum(amount) filter (where days_late between 1 and 30), 0),
            coalesce(sum(amount) filter (where days_late between 31 and 60), 0),
            coalesce(sum(amount) filter (where days_late between 61 and 90), 0),
            coalesce(sum(amount) filter (where days_late > 90), 0),
            sum(amount)""";

    private final EntityManager entityManager;

    public Aging(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Customers by code, a page at a time, or only one ({@code customer} not null); the totals cover them all. */
    public AgingReport asOf(LocalDate asOf, String customer, int page, int size) {
        long first = (long) page * size;
        List<AgingRow> customers = first + size > Integer.MAX_VALUE ? List.of() : rows(query(
                "select customer_code, currency, " + BUCKETS + " from open_as_of group by customer_code, currency"
                        + " order by customer_code, currency offset :first limit :size", asOf, customer)
                .setParameter("first", first).setParameter("size", size));
        long total = ((Number) query("select count(distinct (customer_code, currency)) from open_as_of", asOf, customer)
                .getSingleResult()).longValue();
        List<AgingRow> totals = rows(query("select null, currency, " + BUCKETS
                + " from open_as_of group by currency order by currency", asOf, customer));
        return new AgingReport(asOf, customers, totals, page, size, total);
    }

    private Query query(String select, LocalDate asOf, String customer) {
        Query query = entityManager.createNativeQuery(
                OPEN_AS_OF.formatted(customer == null ? "" : "and i.customer_code = :customer") + select)
                .setParameter("asOf", asOf);
        return customer == null ? query : query.setParameter("customer", customer);
    }

    @SuppressWarnings("unchecked")
    private static List<AgingRow> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(row -> {
            String currency = (String) row[1];
            return new AgingRow((String) row[0], currency, money(row[2], currency), money(row[3], currency),
                    money(row[4], currency), money(row[5], currency), money(row[6], currency), money(row[7], currency));
        }).toList();
    }

    private static BigDecimal money(Object amount, String currency) {
        return Money.of((BigDecimal) amount, currency).amount();
    }
}
