package dev.tradebook.customer.domain;

/** The lead or prospect a customer was converted from. */
public record CustomerOrigin(LeadKind kind, long id) {
}
