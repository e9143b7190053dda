package dev.tradebook.customer.api;

/** The body of {@code PUT .../email-contacts}: contact ids among the customer's; null = the customer's e-mail. */
public record EmailContactsRequest(Long orderEmailContact, Long invoiceEmailContact) {
}
