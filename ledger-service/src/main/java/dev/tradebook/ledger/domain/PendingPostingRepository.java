package dev.tradebook.ledger.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PendingPostingRepository implements PanacheRepositoryBase<PendingPosting, Long> {

    /** The customer's documents still waiting, in arrival order. */
    public List<PendingPosting> waitingOf(String customerCode) {
        return find("customerCode = ?1 and refusal is null", Sort.by("id"), customerCode).list();
    }

    /** Those of the customers that have documents waiting. */
    Set<String> anyWaitingAmong(Collection<String> customerCodes) {
        return new HashSet<>(getEntityManager().createQuery(
                "select distinct p.customerCode from PendingPosting p where p.customerCode in :customers and p.refusal is null",
                String.class).setParameter("customers", customerCodes).getResultList());
    }
}
