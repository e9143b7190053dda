package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/**
 * The billing and shipping addresses of a customer. Each write is a change of the customer: it needs the
 * customer's current version, spends a new one, is recorded in history and published as an update.
 */
@ApplicationScoped
public class AddressBook {

    private final CustomerService customers;
    private final CustomerReferences references;
    private final Clock clock;

    public AddressBook(CustomerService customers, CustomerReferences references, Clock clock) {
        this.customers = customers;
        this.references = references;
        this.clock = clock;
    }

    public List<AddressDetails> of(String code) {
        return customers.get(code).addresses();
    }

    public AddressDetails get(String code, long id) {
        return of(code).stream().filter(address -> address.id() == id).findFirst()
                .orElseThrow(() -> new ResourceNotFound("Address", Long.toString(id)));
    }

    /** Answers the customer and the id of its new address. */
    @Transactional
    public PartAdded add(String code, String expectedVersion, AddressDetails address, String by) {
        Customer customer = customers.current(code, expectedVersion);
        List<AddressDetails> before = customer.addresses();
        CustomerAddress added = customer.addAddress(references.place(address), clock.instant());
        customers.partRevised(customer, by, "addresses", before, Customer::addresses);
        return new PartAdded(customer, added.id());
    }

    @Transactional
    public Customer revise(String code, String expectedVersion, long id, AddressDetails address, String by) {
        Customer customer = customers.current(code, expectedVersion);
        List<AddressDetails> before = customer.addresses();
        customer.reviseAddress(id, references.place(address), clock.instant());
        customers.partRevised(customer, by, "addresses", before, Customer::addresses);
        return customer;
    }

    @Transactional
    public Customer remove(String code, String expectedVersion, long id, String by) {
        Customer customer = customers.current(code, expectedVersion);
        List<AddressDetails> before = customer.addresses();
        customer.removeAddress(id, clock.instant());
        customers.partRevised(customer, by, "addresses", before, Customer::addresses);
        return customer;
    }
}
