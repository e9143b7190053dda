package dev.tradebook.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the ledger's tables the way an auditor would, straight from the database. */
@ApplicationScoped
public class Books {

    private final EntityManager entityManager;

    public Books(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The stored balance of the customer's accounts, or null while it has none. */
    public BigDecimal storedBalance(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) entityManager.createNativeQuery(
                "select sum(balance) from debtor_account where customer_code = :c")
                .setParameter("c", customer).getSingleResult());
    }

    /** Σ debit − credit of the journal lines on the customer's debtor accounts. */
    public BigDecimal journalBalance(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) entityManager.createNativeQuery("""
                select coalesce(sum(l.debit - l.credit), 0) from journal_line l
                join debtor_account a on a.id = l.debtor_account_id where a.customer_code = :c""")
                .setParameter("c", customer).getSingleResult());
    }

    /** Σ debit − credit of the customer's debtor lines in entries dated up to {@code asOf}. */
    public BigDecimal journalBalanceAsOf(String customer, LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) entityManager.createNativeQuery("""
                select coalesce(sum(l.debit - l.credit), 0) from journal_line l join journal_entry e on e.id = l.entry_id
                join debtor_account a on a.id = l.debtor_account_id where a.customer_code = :c and e.entry_date <= :d""")
                .setParameter("c", customer).setParameter("d", asOf).getSingleResult());
    }

    /** "account debit credit" per line of the customer's entries for one document, in line order. */
    public List<String> linesOf(String customer, String document) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select l.account_code || ' ' || l.debit::numeric(19, 2) || ' ' || l.credit::numeric(19, 2)
                from journal_line l join journal_entry e on e.id = l.entry_id
                where e.customer_code = :c and e.source_document = :d order by e.posted_at, l.line_no""", String.class)
                .setParameter("c", customer).setParameter("d", document).getResultList());
    }

    public long entriesOf(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from journal_entry where customer_code = :c")
                .setParameter("c", customer).getSingleResult()).longValue());
    }

    /** document → outstanding of the customer's open items, without trailing zeros ("40", "0"). */
    @SuppressWarnings("unchecked")
    public Map<String, String> outstanding(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select document, outstanding from open_item where customer_code = :c")
                    .setParameter("c", customer).getResultList();
            Map<String, String> result = new TreeMap<>();
            rows.forEach(row -> result.put((String) row[0], ((BigDecimal) row[1]).stripTrailingZeros().toPlainString()));
            return result;
        });
    }

    /** Documents of the customer parked until its account opens (refused ones are not waiting). */
    public long waitingOf(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from pending_posting where customer_code = :c and refusal is null")
                .setParameter("c", customer).getSingleResult()).longValue());
    }
}
