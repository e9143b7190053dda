package dev.tradebook.transaction.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SalesOrderRepository implements PanacheRepositoryBase<SalesOrder, String> {

    /** The order placed for this cart order, if any. */
    Optional<SalesOrder> importedFrom(EcommerceFacts cart) {
        return find("importedFromCart = ?1 and cartMapping = ?2", cart.importedFromCart(), cart.cartMapping())
                .firstResultOptional();
    }
}
