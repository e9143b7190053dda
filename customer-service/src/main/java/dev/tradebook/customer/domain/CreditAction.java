package dev.tradebook.customer.domain;

/** What happens to an order or invoice that would exceed the credit limit: refuse it, or warn. */
public enum CreditAction {
    STOP, WARN
}
