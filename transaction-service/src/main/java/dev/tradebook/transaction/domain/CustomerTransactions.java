package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.tradebook.platform.runtime.money.Money;

/** A customer's documents, newest first, filtered by kind. */
@ApplicationScoped
public class CustomerTransactions {

    public record Page(List<TransactionEntry> items, long total) {
    }

    private final EntityManager entityManager;
    private final CreditAccounts creditAccounts;
    private final Clock clock;

    public CustomerTransactions(EntityManager entityManager, CreditAccounts creditAccounts, Clock clock) {
        this.entityManager = entityManager;
        this.creditAccounts = creditAccounts;
        this.clock = clock;
    }

    /** 404 for a customer this service does not know. */
    public Page of(String customer, TransactionKind kind, int page, int size) {
        String currency = creditAccounts.account(customer).currency();
        String where = " from customer_transaction where customer_code = :customer and " + kind.condition();
        Query count = parameters(entityManager.createNativeQuery("select count(*)" + where), customer, kind);
        Query rows = parameters(entityManager.createNativeQuery("select document_type, number, document_date, due_date,"
                + " amount, outstanding, status" + where + " order by document_date desc, number desc"), customer, kind)
                .setFirstResult(page * size).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<TransactionEntry> items = found.stream().map(row -> new TransactionEntry((String) row[0], (String) row[1],
                date(row[2]), date(row[3]), Money.of((BigDecimal) row[4], currency),
                row[5] == null ? null : Money.of((BigDecimal) row[5], currency), (String) row[6])).toList();
        return new Page(items, ((Number) count.getSingleResult()).longValue());
    }

    private Query parameters(Query query, String customer, TransactionKind kind) {
        query.setParameter("customer", customer);
        if (kind == TransactionKind.OVERDUE) {
            query.setParameter("today", LocalDate.now(clock));
        }
        return query;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
