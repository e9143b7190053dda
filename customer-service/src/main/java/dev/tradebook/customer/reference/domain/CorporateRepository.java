package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CorporateRepository implements PanacheRepositoryBase<Corporate, String> {

    /** By code; {@code active} null lists active and inactive ones. */
    ResultPage<Corporate> page(Boolean active, int page, int size) {
        PanacheQuery<Corporate> query = active == null
                ? findAll(Sort.by("code"))
                : find("active", Sort.by("code"), active);
        return ResultPage.of(query, page, size);
    }
}
