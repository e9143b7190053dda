package dev.tradebook.customer.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * The business rules a customer's details must keep, checked on registration and on every revision
 * after the format checks at the edge. Each refused field becomes one violation of a 422 problem.
 *
 * <p>The seam for the reference data: checks that need the reference masters (that corporate, sales
 * region, payment terms and the other codes exist; the state derived from the city; the GSTIN's state
 * code matching that state; mandatory statutory captions; custom field definitions) are to be added
 * here, as further {@code check...} methods fed by a lookup like {@link Customers}.
 */
public final class CustomerRules {

    /** What the rules need to know about other customers. */
    public interface Customers {

        /** The bill-to codes of an existing customer, or empty when no customer has this code. */
        Optional<List<String>> billToCustomersOf(String code);
    }

    private final Customers customers;

    public CustomerRules(Customers customers) {
        this.customers = customers;
    }

    /** Refuses {@code details} for the customer {@code code} with every violated rule at once. */
    public void check(String code, CustomerDetails details) {
        List<Violation> violations = new ArrayList<>(checkBillTo(code, details.billToCustomers()));
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation("customer-rules", violations.size() + " field(s) break a business rule",
                    violations);
        }
    }

    /** Bill-to customers exist, are not the customer itself and never lead back to it. */
    List<Violation> checkBillTo(String code, List<String> billTo) {
        if (billTo == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < billTo.size(); i++) {
            String target = billTo.get(i);
            String field = "billToCustomers[" + i + "]";
            if (target.equals(code)) {
                violations.add(new Violation(field, "a customer cannot bill to itself"));
            } else if (customers.billToCustomersOf(target).isEmpty()) {
                violations.add(new Violation(field, "customer " + target + " does not exist"));
            } else if (leadsBackTo(code, target)) {
                violations.add(new Violation(field, "customer " + target + " already bills (directly or through others) to "
                        + code + ": the bill-to links would form a cycle"));
            }
        }
        return violations;
    }

    private boolean leadsBackTo(String code, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(start));
        while (!open.isEmpty()) {
            String next = open.pop();
            if (next.equals(code)) {
                return true;
            }
            if (seen.add(next)) {
                customers.billToCustomersOf(next).ifPresent(open::addAll);
            }
        }
        return false;
    }
}
