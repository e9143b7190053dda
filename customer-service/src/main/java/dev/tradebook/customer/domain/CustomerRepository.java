package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, String>, CustomerRules.Customers {

    /** A deleted customer is not found: its code stays taken and its history kept, but it is not served. */
    Customer live(String code) {
        return findByIdOptional(code).filter(customer -> !customer.deleted())
                .orElseThrow(() -> new ResourceNotFound("Customer", code));
    }

    /** The next number of the customer code sequence; numbers are never handed out twice. */
    long nextCodeNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('customer_code_seq')").getSingleResult())
                .longValue();
    }

    @Override
    public Optional<List<String>> billToCustomersOf(String code) {
        return findByIdOptional(code).filter(customer -> !customer.deleted()).map(Customer::billToCustomers);
    }

    /**
     * One page of the customers the filter lets through. The text is matched with LIKE on the lower-cased
     * search document (V5), which its trigram index serves; count and page share the same conditions.
     */
    public ResultPage<Customer> search(CustomerFilter filter, CustomerSort sort, boolean ascending, int page,
            int size) {
        List<String> conditions = new ArrayList<>(List.of("c.deletedAt is null"));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.onHold() != null) {
            conditions.add(filter.onHold() ? "c.holdReasons is not empty" : "c.holdReasons is empty");
        }
        if (filter.text() != null && !filter.text().isEmpty()) {
            conditions.add("c.searchText like :text escape '\\'");
            parameters.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.type() != null) {
            conditions.add("c.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.corporate() != null) {
            conditions.add("c.corporate = :corporate");
            parameters.put("corporate", filter.corporate());
        }
        if (filter.salesRegion() != null) {
            conditions.add("c.salesRegion = :salesRegion");
            parameters.put("salesRegion", filter.salesRegion());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        TypedQuery<Long> count = getEntityManager().createQuery("select count(c) from Customer c" + where, Long.class);
        TypedQuery<Customer> select = getEntityManager().createQuery(
                "select c from Customer c left join fetch c.balance" + where + " order by " + sort.orderBy(ascending), Customer.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long first = (long) page * size;
        List<Customer> items = first + size > Integer.MAX_VALUE
                ? List.of()
                : select.setFirstResult((int) first).setMaxResults(size).getResultList();
        return new ResultPage<>(items, page, size, count.getSingleResult());
    }

    /** A search for "50%" finds "50%", not everything that contains 50. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
