package dev.tradebook.customer.domain;

/**
 * A lead is someone who may buy; a prospect one the sales team is already working on. Both convert into a
 * customer, whose source then names the kind.
 */
public enum LeadKind {
    LEAD, PROSPECT;

    CustomerSource customerSource() {
        return CustomerSource.valueOf(name());
    }
}
