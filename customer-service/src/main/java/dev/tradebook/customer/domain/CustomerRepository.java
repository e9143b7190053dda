package dev.tradebook.customer.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, String>, CustomerRules.Customers {

    /** The next number of the customer code sequence; numbers are never handed out twice. */
    long nextCodeNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('customer_code_seq')").getSingleResult())
                .longValue();
    }

    @Override
    public Optional<List<String>> billToCustomersOf(String code) {
        return findByIdOptional(code).map(Customer::billToCustomers);
    }
}
