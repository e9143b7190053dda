package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SalesOrderRevisionRepository implements PanacheRepositoryBase<SalesOrderRevision, Long> {

    public List<SalesOrderRevision> of(String orderNumber) {
        return list("orderNumber = ?1 order by revision", orderNumber);
    }
}
