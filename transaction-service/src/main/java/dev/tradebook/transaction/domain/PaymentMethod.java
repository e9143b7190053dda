package dev.tradebook.transaction.domain;

/** How money moved between the customer and the company. */
public enum PaymentMethod {
    CASH, CHEQUE, BANK_TRANSFER, CARD, ONLINE
}
