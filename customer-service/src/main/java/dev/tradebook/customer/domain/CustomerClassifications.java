package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.customer.reference.domain.ReferenceData;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The classes each customer is in. The set is an attribute of the customer: replacing it needs the customer's
 * version (If-Match) and makes a new one, and lands in its history and on the topic.
 */
@ApplicationScoped
public class CustomerClassifications implements PanacheRepositoryBase<CustomerClassification, CustomerClassification.Key> {

    private final CustomerService customers;
    private final CustomerHistory history;
    private final ReferenceData references;
    private final Event<ClassificationChange> changed;

    public CustomerClassifications(CustomerService customers, CustomerHistory history, ReferenceData references,
            Event<ClassificationChange> changed) {
        this.customers = customers;
        this.history = history;
        this.references = references;
        this.changed = changed;
    }

    /** Sorted by code. */
    public List<String> of(String code) {
        customers.get(code);
        return codesOf(code);
    }

    /**
     * Makes {@code classifications} (duplicates count once) the customer's set. Each must be an active CL code,
     * else 422 naming it; a set equal to the current one changes nothing.
     */
    @Transactional
    public Customer replace(String code, String expectedVersion, List<String> classifications, String by) {
        Customer customer = customers.current(code, expectedVersion);
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < classifications.size(); i++) {
            if (!references.isActiveCode(CodeType.CL, classifications.get(i))) {
                unknown.add(new Violation("classifications[" + i + "]", "names no active classification"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleViolation("customer-references", "A classification is unknown or inactive", unknown);
        }
        List<String> before = codesOf(code);
        List<String> after = List.copyOf(new TreeSet<>(classifications));
        if (after.equals(before)) {
            return customer;
        }
        delete("customerCode = ?1 and classification not in ?2", code, after.isEmpty() ? List.of("") : after);
        after.stream().filter(added -> !before.contains(added))
                .forEach(added -> persist(new CustomerClassification(code, added)));
        getEntityManager().lock(customer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush();
        history.record(customer, ChangeKind.UPDATED, by, List.of(new FieldChange("classifications", before, after)));
        changed.fire(new ClassificationChange(customer, before, after));
        return customer;
    }

    private List<String> codesOf(String code) {
        return find("customerCode", Sort.ascending("classification"), code).stream()
                .map(CustomerClassification::classification).toList();
    }
}
