package dev.tradebook.customer.reference.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CustomFieldDefinitionRepository implements PanacheRepositoryBase<CustomFieldDefinition, String> {

    /** By name; {@code active} null lists active and inactive ones. */
    ResultPage<CustomFieldDefinition> page(Boolean active, int page, int size) {
        PanacheQuery<CustomFieldDefinition> query = active == null
                ? findAll(Sort.by("name"))
                : find("active", Sort.by("name"), active);
        return ResultPage.of(query, page, size);
    }

    List<CustomFieldDefinition> allActive() {
        return list("active", Sort.by("name"), true);
    }
}
