package dev.tradebook.customer.domain;

import java.util.List;

/**
 * Fired inside the revising transaction when a revision changed something, after the new version is
 * flushed, so that whatever observes it commits with the change.
 */
public record CustomerRevised(Customer customer, List<String> changedFields) {

    /** The fields whose change alters the credit terms other services decide with. */
    public static final List<String> CREDIT_TERMS = List.of("creditLimit", "creditActionOnOrder",
            "creditActionOnInvoice", "paymentTerms");

    public CustomerRevised {
        changedFields = List.copyOf(changedFields);
    }

    public boolean creditTermsChanged() {
        return changedFields.stream().anyMatch(CREDIT_TERMS::contains);
    }
}
