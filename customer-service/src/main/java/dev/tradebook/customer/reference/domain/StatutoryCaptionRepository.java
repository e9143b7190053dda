package dev.tradebook.customer.reference.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StatutoryCaptionRepository implements PanacheRepositoryBase<StatutoryCaption, String> {

    /** By code; {@code active} null lists active and inactive ones. */
    ResultPage<StatutoryCaption> page(Boolean active, int page, int size) {
        PanacheQuery<StatutoryCaption> query = active == null
                ? findAll(Sort.by("code"))
                : find("active", Sort.by("code"), active);
        return ResultPage.of(query, page, size);
    }

    List<StatutoryCaption> allActive() {
        return list("active", Sort.by("code"), true);
    }
}
