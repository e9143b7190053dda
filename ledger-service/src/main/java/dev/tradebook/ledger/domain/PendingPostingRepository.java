package dev.tradebook.ledger.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PendingPostingRepository implements PanacheRepositoryBase<PendingPosting, Long> {

    /** The customer's documents still waiting, in arrival order. */
    public List<PendingPosting> waitingOf(String customerCode) {
        return find("customerCode = ?1 and refusal is null", Sort.by("id"), customerCode).list();
    }

    boolean anyWaiting(String customerCode) {
        return count("customerCode = ?1 and refusal is null", customerCode) > 0;
    }
}
