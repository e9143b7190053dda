package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.tradebook.platform.runtime.money.Money;

/**
 * Aged receivables as of any date, in SQL: an item counts if it was posted by then, for what its allocations
 * up to then left open. So an invoice paid after the date is still open as of it. One pass over the items,
 * grouped per customer once in the database; the page, the count and the totals come from that grouping.
 */
@ApplicationScoped
public class Aging {

    private static final String SIGN = "(case when i.kind in ('INVOICE', 'REFUND', 'REVERSAL_DEBIT') then 1 else -1 end)";

    /** When allocations after the date exist: each item's amount less what was settled up to the date. */
    private static final String OPEN_IN_THE_PAST = """
            with settled as (
                select item_id, sum(amount) as amount from (
                    select debit_item_id as item_id, amount from allocation where allocated_on <= :asOf
                    union all
                    select credit_item_id, amount from allocation where allocated_on <= :asOf) s
                group by item_id),
            open_as_of as (
                select i.customer_code, i.currency, (:asOf - i.due_date) as days_late,
                       %1$s * (i.amount - coalesce(s.amount, 0)) as amount
                from open_item i left join settled s on s.item_id = i.id
                where i.document_date <= :asOf and i.amount > coalesce(s.amount, 0) %2$s),
            """;

    /** When no allocation is dated after the date, what is open now is what was open then. */
    private static final String OPEN_NOW = """
            with open_as_of as (
                select i.customer_code, i.currency, (:asOf - i.due_date) as days_late, %1$s * i.outstanding as amount
                from open_item i
                where i.outstanding > 0 and i.document_date <= :asOf %2$s),
            """;

    private static final String GROUPED = """
            per_customer as materialized (
                select customer_code, currency,
                       coalesce(sum(amount) filter (where days_late <= 0), 0) as current,
                       coalesce(sum(amount) filter (where days_late between 1 and 30), 0) as days1,
                       coalesce(sum(amount) filter (where days_late between 31 and 60), 0) as days31,
                       coalesce(sum(amount) filter (where days_late between 61 and 90), 0) as days61,
                       coalesce(sum(amount) filter (where days_late > 90), 0) as over90,
                       sum(amount) as balance
                from open_as_of group by customer_code, currency)
            (select customer_code, currency, current, days1, days31, days61, over90, balance,
                    (select count(*) from per_customer) as customers
             from per_customer order by customer_code, currency offset :first limit :size)
            union all
            (select null, currency, sum(current), sum(days1), sum(days31), sum(days61), sum(over90), sum(balance), null
             from per_customer group by currency order by currency)
            """;

    private final EntityManager entityManager;

    public Aging(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Customers by code, a page at a time, or only one ({@code customer} not null); the totals cover them all. */
    @SuppressWarnings("unchecked")
    public AgingReport asOf(LocalDate asOf, String customer, int page, int size) {
        long first = (long) page * size;
        String items = noAllocationAfter(asOf) ? OPEN_NOW : OPEN_IN_THE_PAST;
        Query query = entityManager.createNativeQuery(
                        items.formatted(SIGN, customer == null ? "" : "and i.customer_code = :customer") + GROUPED)
                .setParameter("asOf", asOf)
                .setParameter("first", first)
                .setParameter("size", first + size > Integer.MAX_VALUE ? 0 : size);
        if (customer != null) {
            query.setParameter("customer", customer);
        }
        List<AgingRow> customers = new ArrayList<>();
        List<AgingRow> totals = new ArrayList<>();
        long count = 0;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            if (row[0] == null) {
                totals.add(row(row));
            } else {
                customers.add(row(row));
                count = ((Number) row[8]).longValue();
            }
        }
        // A page beyond the last still says how many customers there are.
        long total = !customers.isEmpty() || page == 0 ? count : countOf(asOf, customer);
        return new AgingReport(asOf, customers, totals, page, size, total);
    }

    private boolean noAllocationAfter(LocalDate asOf) {
        LocalDate latest = (LocalDate) entityManager.createNativeQuery("select max(allocated_on) from allocation", LocalDate.class)
                .getSingleResult();
        return latest == null || !latest.isAfter(asOf);
    }

    /** Only for a page past the last one. */
    private long countOf(LocalDate asOf, String customer) {
        return asOf(asOf, customer, 0, 1).total();
    }

    private static AgingRow row(Object[] row) {
        String currency = (String) row[1];
        return new AgingRow((String) row[0], currency, money(row[2], currency), money(row[3], currency),
                money(row[4], currency), money(row[5], currency), money(row[6], currency), money(row[7], currency));
    }

    private static BigDecimal money(Object amount, String currency) {
        return Money.of((BigDecimal) amount, currency).amount();
    }
}
