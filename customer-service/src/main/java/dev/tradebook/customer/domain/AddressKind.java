package dev.tradebook.customer.domain;

/** What an address of the customer's address book is for; each kind has its own default. */
public enum AddressKind {
    BILLING, SHIPPING
}
