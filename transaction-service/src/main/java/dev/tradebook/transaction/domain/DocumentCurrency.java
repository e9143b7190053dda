package dev.tradebook.transaction.domain;

import java.util.List;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/** A document is always in its customer's currency; a request may name it, but only to confirm it. */
final class DocumentCurrency {

    private DocumentCurrency() {
    }

    static String of(CreditAccount customer, String requested) {
        if (requested != null && !requested.equals(customer.currency())) {
            throw new BusinessRuleViolation("currency-mismatch", "Customer " + customer.customerCode()
                    + " transacts in " + customer.currency() + ", not " + requested,
                    List.of(new Violation("currency", "must be " + customer.currency())));
        }
        return customer.currency();
    }
}
