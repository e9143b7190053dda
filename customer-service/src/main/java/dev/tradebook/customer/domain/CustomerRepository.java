package dev.tradebook.customer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, String> {

    /** The next number of the customer code sequence; numbers are never handed out twice. */
    long nextCodeNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('customer_code_seq')").getSingleResult())
                .longValue();
    }
}
