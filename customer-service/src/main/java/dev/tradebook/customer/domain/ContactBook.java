package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.domain.CustomerDetails.Contact;
import dev.tradebook.customer.domain.CustomerService.Revision;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/**
 * The contacts of a customer one at a time, and which of them get its sales orders and invoices. A contact
 * write is a revision of the customer's contacts, so it follows every rule of a customer PUT.
 */
@ApplicationScoped
public class ContactBook {

    private final CustomerService customers;
    private final Clock clock;

    public ContactBook(CustomerService customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public List<Contact> of(String code) {
        return customers.get(code).details().contacts();
    }

    public Contact get(String code, long id) {
        return of(code).stream().filter(contact -> contact.id() == id).findFirst()
                .orElseThrow(() -> new ResourceNotFound("Contact", Long.toString(id)));
    }

    /** Answers the customer and the id of its new contact (the last one). */
    @Transactional
    public PartAdded add(String code, String expectedVersion, Contact contact, String by) {
        List<Contact> contacts = new ArrayList<>(customers.current(code, expectedVersion).details().contacts());
        contacts.add(withId(contact, null));
        Customer customer = replace(code, expectedVersion, contacts, by);
        List<Contact> stored = customer.details().contacts();
        return new PartAdded(customer, stored.get(stored.size() - 1).id());
    }

    @Transactional
    public Customer revise(String code, String expectedVersion, long id, Contact contact, String by) {
        get(code, id);
        List<Contact> contacts = new ArrayList<>(customers.current(code, expectedVersion).details().contacts());
        contacts.replaceAll(stored -> stored.id() == id ? withId(contact, id) : stored);
        return replace(code, expectedVersion, contacts, by);
    }

    /** A contact chosen for orders or invoices is unchosen with it: those go to the customer's e-mail again. */
    @Transactional
    public Customer remove(String code, String expectedVersion, long id, String by) {
        List<Contact> contacts = new ArrayList<>(customers.current(code, expectedVersion).details().contacts());
        if (!contacts.removeIf(stored -> stored.id() == id)) {
            throw new ResourceNotFound("Contact", Long.toString(id));
        }
        return replace(code, expectedVersion, contacts, by);
    }

    /** Null for either sends those documents to the customer's own e-mail. */
    @Transactional
    public Customer chooseEmailContacts(String code, String expectedVersion, Long forOrders, Long forInvoices,
            String by) {
        Customer customer = customers.current(code, expectedVersion);
        EmailContacts before = EmailContacts.of(customer);
        if (customer.chooseEmailContacts(forOrders, forInvoices, clock.instant())) {
            customers.partRevised(customer, by, "emailContacts", before, EmailContacts::of);
        }
        return customer;
    }

    private Customer replace(String code, String expectedVersion, List<Contact> contacts, String by) {
        CustomerDetails details = customers.current(code, expectedVersion).details().withContacts(contacts);
        return customers.revise(code, expectedVersion, new Revision(null, null, details), by);
    }

    private static Contact withId(Contact contact, Long id) {
        return new Contact(id, contact.name(), contact.designation(), contact.department(), contact.email(),
                contact.mobile(), contact.landline());
    }
}
