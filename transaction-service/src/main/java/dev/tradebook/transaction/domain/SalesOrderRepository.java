package dev.tradebook.transaction.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SalesOrderRepository implements PanacheRepositoryBase<SalesOrder, String> {
}
