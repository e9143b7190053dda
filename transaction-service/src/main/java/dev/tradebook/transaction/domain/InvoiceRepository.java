package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    public List<Invoice> ofOrder(String salesOrder) {
        return list("salesOrder = ?1 order by number", salesOrder);
    }
}
