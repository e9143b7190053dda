package dev.tradebook.ledger.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

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

    /** Held until the transaction ends. */
    @Transactional(TxType.MANDATORY)
    public void lock(String customerCode) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:code))")
                .setParameter("code", customerCode)
                .getSingleResult();
    }
}
