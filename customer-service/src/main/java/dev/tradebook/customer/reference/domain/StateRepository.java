package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StateRepository implements PanacheRepositoryBase<State, String> {

    /** By code (IN-AN, IN-AP, ...); {@code countryCode} null lists every country's. */
    ResultPage<State> page(String countryCode, int page, int size) {
        PanacheQuery<State> query = countryCode == null
                ? findAll(Sort.by("code"))
                : find("country.code", Sort.by("code"), countryCode);
        return ResultPage.of(query, page, size);
    }
}
