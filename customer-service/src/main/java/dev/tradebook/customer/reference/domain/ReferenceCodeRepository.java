package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferenceCodeRepository implements PanacheRepositoryBase<ReferenceCode, ReferenceCodeKey> {

    /** One type's codes by code; {@code active} null lists active and inactive ones. */
    ResultPage<ReferenceCode> page(CodeType type, Boolean active, int page, int size) {
        PanacheQuery<ReferenceCode> query = active == null
                ? find("type = :type", Sort.by("code"), Parameters.with("type", type))
                : find("type = :type and active = :active", Sort.by("code"),
                        Parameters.with("type", type).and("active", active));
        return ResultPage.of(query, page, size);
    }
}
