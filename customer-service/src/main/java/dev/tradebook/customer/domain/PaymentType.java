package dev.tradebook.customer.domain;

/** How payments of a customer are settled; the master knows only bill-to-bill settlement. */
public enum PaymentType {
    BILL_TO_BILL
}
