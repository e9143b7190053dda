package dev.tradebook.transaction.events;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.runtime.events.MalformedEventException;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.transaction.domain.CreditAction;
import dev.tradebook.transaction.domain.CustomerSnapshot;
import dev.tradebook.transaction.domain.CustomerStatus;
import dev.tradebook.transaction.domain.DocumentDefaultsCopy;

/** The customer profile of a customer event → the facts the credit account copies. */
final class CustomerProfileMapper {

    private CustomerProfileMapper() {
    }

    /**
     * Refuses a profile that breaks the event contract as malformed: retrying cannot repair it, so it goes
     * to the dead-letter topic at once instead of holding up the customers behind it.
     */
    static CustomerSnapshot toSnapshot(CloudEvent<?> event, CustomerProfile profile) {
        if (!profile.code().equals(event.subject())) {
            // The subject is the Kafka key; a profile under another key has lost its ordering guarantee.
            throw new MalformedEventException("event " + event.id() + " about " + event.subject()
                    + " carries customer " + profile.code(), null);
        }
        try {
            return new CustomerSnapshot(profile.code(), profile.name(), CustomerStatus.valueOf(profile.status()),
                    Money.of(profile.creditLimit(), profile.currency()), profile.version(),
                    action(profile.creditActionOnOrder()), action(profile.creditActionOnInvoice()),
                    new DocumentDefaultsCopy(profile.paymentTerms(), profile.salesman(), profile.email(),
                            profile.documentDefaults()));
        } catch (IllegalArgumentException | NullPointerException e) {
            // NullPointerException: a field the schema requires is missing.
            throw new MalformedEventException("event " + event.id() + " has an invalid customer profile: " + e.getMessage(), e);
        }
    }

    /** Null in events older than the credit actions. */
    private static CreditAction action(String name) {
        return name == null ? null : CreditAction.valueOf(name);
    }
}
