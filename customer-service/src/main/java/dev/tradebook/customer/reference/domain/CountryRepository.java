package dev.tradebook.customer.reference.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    ResultPage<Country> page(int page, int size) {
        return ResultPage.of(findAll(Sort.by("code")), page, size);
    }
}
