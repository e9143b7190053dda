package dev.tradebook.ledger.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerLedgerRepository implements PanacheRepositoryBase<CustomerLedger, String> {
}
