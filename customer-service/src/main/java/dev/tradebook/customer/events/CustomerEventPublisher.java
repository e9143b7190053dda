package dev.tradebook.customer.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerRegistered;
import dev.tradebook.customer.domain.CustomerRevised;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.runtime.outbox.Outbox;

/** Turns customer master changes into events, written to the outbox in the changing transaction. */
@ApplicationScoped
public class CustomerEventPublisher {

    private final Outbox outbox;

    public CustomerEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void onRegistered(@Observes CustomerRegistered registered) {
        Customer customer = registered.customer();
        outbox.add(EventTypes.CUSTOMER_CREATED, customer.code(), new CustomerCreated(profile(customer)));
    }

    void onRevised(@Observes CustomerRevised revised) {
        Customer customer = revised.customer();
        outbox.add(EventTypes.CUSTOMER_UPDATED, customer.code(),
                new CustomerUpdated(profile(customer), revised.changedFields()));
        if (revised.creditTermsChanged()) {
            outbox.add(EventTypes.CUSTOMER_CREDIT_TERMS_CHANGED, customer.code(), creditTerms(customer));
        }
    }

    static CustomerProfile profile(Customer customer) {
        return new CustomerProfile(customer.code(), customer.name(), customer.currency(), customer.status().name(),
                customer.creditLimit().amount(), customer.debtorAccountGroups(), customer.version(),
                customer.type().name(), customer.creditActionOnOrder().name(), customer.creditActionOnInvoice().name(),
                customer.paymentTerms(), customer.salesman(), customer.email());
    }

    static CustomerCreditTermsChanged creditTerms(Customer customer) {
        return new CustomerCreditTermsChanged(customer.code(), customer.currency(), customer.creditLimit().amount(),
                customer.creditActionOnOrder().name(), customer.creditActionOnInvoice().name(), customer.paymentTerms(),
                customer.version());
    }
}
