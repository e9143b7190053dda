package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import dev.tradebook.customer.config.SearchSettings;
import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, String>, CustomerRules.Customers {

    private static final Logger LOG = Logger.getLogger(CustomerRepository.class);

    @Inject
    SearchSettings settings;

    /** A deleted customer is not found: its code stays taken and its history kept, but it is not served. */
    Customer live(String code) {
        return findByIdOptional(code).filter(customer -> !customer.deleted())
                .orElseThrow(() -> new ResourceNotFound("Customer", code));
    }

    /** The live customer imported from the same buyer of the same cart. */
    Optional<Customer> liveByCartBuyer(EcommerceFacts cartBuyer) {
        return find("importedFromCart = ?1 and cartMapping = ?2 and deletedAt is null", cartBuyer.importedFromCart(),
                cartBuyer.cartMapping()).firstResultOptional();
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
     * One page of the customers the filter lets through. The text is looked for in the lower-cased search
     * document (V5) through its trigram index (see {@link SearchTerm}); a customer whose whole code or GSTIN the
     * text is comes first. Count and page share the same conditions. The count is skipped when the page shows
     * where the matches end, and stops at the settings' limit otherwise.
     */
    public ResultPage<Customer> search(CustomerFilter filter, CustomerSort sort, boolean ascending, int page,
            int size) {
        List<String> conditions = new ArrayList<>(List.of("c.deletedAt is null"));
        Map<String, Object> parameters = new HashMap<>();
        if (filter.onHold() != null) {
            conditions.add(filter.onHold() ? "c.holdReasons is not empty" : "c.holdReasons is empty");
        }
        String exactFirst = "";
        if (filter.text() != null && !filter.text().isEmpty()) {
            SearchTerm term = SearchTerm.of(filter.text());
            // LIKE for the trigram index, position() for what is matched: the term as it is, not a pattern.
            conditions.add("c.searchText like :indexed escape '\\' and position(:term in c.searchText) > 0");
            parameters.put("indexed", term.indexPattern());
            parameters.put("term", term.lowered());
            // What bench/run hands to pgbench as the search's pattern.
            LOG.debugf("q %s: the trigram index is asked for %s", filter.text(), term.indexPattern());
            if (term.namesOneCustomer()) {
                exactFirst = "case when lower(c.code) = :term or lower(c.gstNumber) = :term then 0 else 1 end, ";
            }
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
        if (filter.importedFromCart() != null) {
            conditions.add("c.importedFromCart = :importedFromCart");
            parameters.put("importedFromCart", filter.importedFromCart());
        }
        if (filter.cartMapping() != null) {
            conditions.add("c.cartMapping = :cartMapping");
            parameters.put("cartMapping", filter.cartMapping());
        }
        if (filter.classification() != null) {
            conditions.add("exists (select 1 from CustomerClassification k where k.customerCode = c.code"
                    + " and k.classification = :classification)");
            parameters.put("classification", filter.classification());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        long offset = (long) page * size;
        List<Customer> items = offset + size > Integer.MAX_VALUE
                ? List.of()
                : page(where, parameters, exactFirst + sort.orderBy(ascending), (int) offset, size);
        if (!items.isEmpty() && items.size() < size || items.isEmpty() && page == 0) {
            // The last page: what precedes it and what it holds is every match, no count needed.
            return new ResultPage<>(items, page, size, offset + items.size());
        }
        long total = countUpToLimit(where, parameters);
        // A page beyond the limit still shows that the matches go at least that far.
        long shown = items.isEmpty() ? 0 : offset + items.size();
        return new ResultPage<>(items, page, size, Math.max(shown, Math.min(total, settings.countLimit())),
                total <= settings.countLimit());
    }

    /**
     * The customers of one page. Their collections load in one statement per collection for the whole page
     * (fetch.batch-size): joined into this statement instead, the seven-table join would cost more to plan, for
     * every search, than the statements it saves (bench/).
     */
    private List<Customer> page(String where, Map<String, Object> parameters, String orderBy, int offset, int size) {
        TypedQuery<Customer> select = getEntityManager().createQuery("select c from Customer c left join fetch c.balance"
                + where + " order by " + orderBy, Customer.class);
        parameters.forEach(select::setParameter);
        // Read-only: the search changes nothing, so Hibernate keeps no copy of each customer to compare at flush.
        return select.setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many customers match, counting no further than one past the limit of the settings. */
    private long countUpToLimit(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count = getEntityManager().createQuery("select count(*) from (select c.code as code"
                + " from Customer c" + where + " order by c.code limit " + (settings.countLimit() + 1) + ") matches", Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
