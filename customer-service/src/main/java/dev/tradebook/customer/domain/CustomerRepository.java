package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import dev.tradebook.customer.config.SearchSettings;
import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, String>, CustomerRules.Customers {

    @Inject
    SearchSettings settings;

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
     * search document (V5), which its trigram index serves; count and page share the same conditions. The
     * count is skipped when the page shows where the matches end, and stops at the settings' limit otherwise.
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

        TypedQuery<Customer> select = getEntityManager().createQuery(
                "select c from Customer c left join fetch c.balance" + where + " order by " + sort.orderBy(ascending), Customer.class);
        parameters.forEach(select::setParameter);
        long first = (long) page * size;
        List<Customer> items = first + size > Integer.MAX_VALUE
                ? List.of()
                : select.setFirstResult((int) first).setMaxResults(size).getResultList();
        if (!items.isEmpty() && items.size() < size || items.isEmpty() && page == 0) {
            // The last page: what precedes it and what it holds is every match, no count needed.
            return new ResultPage<>(items, page, size, first + items.size());
        }
        long total = countUpToLimit(where, parameters);
        // A page beyond the limit still shows that the matches go at least that far.
        long shown = items.isEmpty() ? 0 : first + items.size();
        return new ResultPage<>(items, page, size, Math.max(shown, Math.min(total, settings.countLimit())),
                total <= settings.countLimit());
    }

    /** How many customers match, counting no further than one past the limit of the settings. */
    private long countUpToLimit(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count = getEntityManager().createQuery("select count(*) from (select c.code as code"
                + " from Customer c" + where + " order by c.code limit " + (settings.countLimit() + 1) + ") matches", Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** A search for "50%" finds "50%", not everything that contains 50. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
