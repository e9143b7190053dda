package dev.tradebook.customer.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerDeletion;
import dev.tradebook.customer.domain.CustomerRegistered;
import dev.tradebook.customer.domain.CustomerRevised;
import dev.tradebook.customer.domain.CustomerStatus;
import dev.tradebook.customer.domain.CustomerStatusChanged;
import dev.tradebook.customer.domain.HoldChanged;
import dev.tradebook.customer.domain.OwnershipTransferred;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.customer.CustomerActivated;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerDeactivated;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerHoldChanged;
import dev.tradebook.platform.events.customer.CustomerOwnerChanged;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.Ecommerce;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.events.customer.PortalAccess;
import dev.tradebook.platform.runtime.outbox.Outbox;

/** Turns customer master changes into events, written to the outbox in the changing transaction. */
@ApplicationScoped
public class CustomerEventPublisher {

    private final Outbox outbox;
    private final DocumentDefaultsOf documentDefaults;

    public CustomerEventPublisher(Outbox outbox, DocumentDefaultsOf documentDefaults) {
        this.outbox = outbox;
        this.documentDefaults = documentDefaults;
    }

    void onRegistered(@Observes CustomerRegistered registered) {
        Customer customer = registered.customer();
        CustomerCreated created = new CustomerCreated(profile(customer));
        if (registered.copiedWith() == null) {
            outbox.add(EventTypes.CUSTOMER_CREATED, customer.code(), created);
        } else {
            registered.copiedWith().accept(outbox.entry(EventTypes.CUSTOMER_CREATED, customer.code(), created));
        }
    }

    void onRevised(@Observes CustomerRevised revised) {
        Customer customer = revised.customer();
        outbox.add(EventTypes.CUSTOMER_UPDATED, customer.code(),
                new CustomerUpdated(profile(customer), revised.changedFields()));
        if (revised.creditTermsChanged()) {
            outbox.add(EventTypes.CUSTOMER_CREDIT_TERMS_CHANGED, customer.code(), creditTerms(customer));
        }
    }

    /**
     * The lifecycle event for those who act on it, and customer.updated.v1 as well: the profile carries
     * the status, and the copies other services keep of it must not go stale.
     */
    void onStatusChanged(@Observes CustomerStatusChanged changed) {
        Customer customer = changed.customer();
        if (customer.status() == CustomerStatus.INACTIVE) {
            outbox.add(EventTypes.CUSTOMER_DEACTIVATED, customer.code(),
                    new CustomerDeactivated(customer.code(), customer.version()));
        } else {
            outbox.add(EventTypes.CUSTOMER_ACTIVATED, customer.code(),
                    new CustomerActivated(customer.code(), customer.version()));
        }
        outbox.add(EventTypes.CUSTOMER_UPDATED, customer.code(), new CustomerUpdated(profile(customer), List.of("status")));
    }

    void onTransferred(@Observes OwnershipTransferred changed) {
        Customer customer = changed.customer();
        outbox.add(EventTypes.CUSTOMER_OWNER_CHANGED, customer.code(),
                new CustomerOwnerChanged(customer.code(), customer.owner(),
                        changed.previousOwner(), customer.version()));
    }

    void onHoldChanged(@Observes HoldChanged changed) {
        Customer customer = changed.customer();
        outbox.add(EventTypes.CUSTOMER_HOLD_CHANGED, customer.code(), new CustomerHoldChanged(customer.code(),
                customer.onHold(), customer.holdReasons().stream().map(Enum::name).toList(),
                customer.manualHoldReason(), customer.version()));
    }

    void onDeletion(@Observes CustomerDeletion deletion) {
        Customer customer = deletion.customer();
        outbox.add(EventTypes.CUSTOMER_DELETED, customer.code(), new CustomerDeleted(customer.code(), customer.version()));
    }

    private CustomerProfile profile(Customer customer) {
        return new CustomerProfile(customer.code(), customer.name(), customer.currency(), customer.status().name(),
                customer.creditLimit().amount(), customer.debtorAccountGroups(), customer.version(),
                customer.type().name(), customer.creditActionOnOrder().name(), customer.creditActionOnInvoice().name(),
                customer.paymentTerms(), customer.salesman(), customer.email(), documentDefaults.of(customer),
                new PortalAccess(customer.details().portal().loginEnabled(), customer.details().portal().email()),
                customer.ecommerce().map(e -> new Ecommerce(e.importedFromCart(), e.cartMapping(), e.importedOn()))
                        .orElse(null));
    }

    static CustomerCreditTermsChanged creditTerms(Customer customer) {
        return new CustomerCreditTermsChanged(customer.code(), customer.currency(), customer.creditLimit().amount(),
                customer.creditActionOnOrder().name(), customer.creditActionOnInvoice().name(), customer.paymentTerms(),
                customer.version());
    }
}
