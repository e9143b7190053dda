package dev.tradebook.ledger.domain;

import java.sql.PreparedStatement;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

/**
 * One customer's postings, allocations and account openings take turns: sales and customer events arrive
 * on different consumers and requests on HTTP threads. A transaction-scoped advisory lock on the code works
 * even before the customer has any row to lock (a posting that must wait for its account).
 */
@ApplicationScoped
public class CustomerLocks {

    private final EntityManager entityManager;

    public CustomerLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Several customers in one statement, in the order of their lock keys, so that two callers locking
     * overlapping sets never each hold what the other waits for. Held until the transaction ends.
     */
    @Transactional(TxType.MANDATORY)
    public void lockAll(Collection<String> customerCodes) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("""
                    select count(pg_advisory_xact_lock(lock_key))
                    from (select distinct hashtext(code) as lock_key from unnest(?) as code order by lock_key) as keys""")) {
                lock.setArray(1, connection.createArrayOf("text", customerCodes.toArray()));
                lock.executeQuery().close();
            }
        });
    }

    /** Held until the transaction ends. */
    @Transactional(TxType.MANDATORY)
    public void lock(String customerCode) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:code))")
                .setParameter("code", customerCode)
                .getSingleResult();
    }
}
