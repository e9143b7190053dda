package dev.tradebook.customer.domain;

/** Which contacts get the customer's sales orders and invoices by e-mail, as its history shows it. */
public record EmailContacts(Long orderEmailContact, Long invoiceEmailContact) {

    static EmailContacts of(Customer customer) {
        return new EmailContacts(customer.orderEmailContact(), customer.invoiceEmailContact());
    }
}
