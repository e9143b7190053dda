package dev.tradebook.customer.domain;

/** What kind of trading partner a customer is. */
public enum CustomerType {
    CUSTOMER, DEALER, DISTRIBUTOR, AGENT, CARRYING_AND_FORWARDING, CONSIGNEE, OEM
}
