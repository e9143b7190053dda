package dev.tradebook.ledger.domain;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The chart of accounts as people read it: by code, page by page. */
@ApplicationScoped
public class GeneralLedgerAccounts implements PanacheRepositoryBase<GeneralLedgerAccount, String> {

    public GeneralLedgerAccount get(String code) {
        return findByIdOptional(code).orElseThrow(() -> new ResourceNotFound("Account", code));
    }

    public GeneralLedgerAccountPage list(int page, int size) {
        return new GeneralLedgerAccountPage(findAll(Sort.by("code")).page(Page.of(page, size)).list(), page, size,
                count());
    }
}
