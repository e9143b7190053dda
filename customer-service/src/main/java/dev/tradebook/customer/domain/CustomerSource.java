package dev.tradebook.customer.domain;

/** Through which workflow a customer entered the master. */
public enum CustomerSource {
    MANUAL, IMPORT, LEAD, PROSPECT, B2C_CART, B2B_PORTAL
}
