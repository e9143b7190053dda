package dev.tradebook.customer.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.customer.domain.AddressDetails;
import dev.tradebook.customer.domain.AddressKind;
import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerDetails;
import dev.tradebook.customer.reference.domain.CityPlace;
import dev.tradebook.customer.reference.domain.ReferenceData;
import dev.tradebook.platform.events.customer.DocumentDefaults;
import dev.tradebook.platform.events.customer.PostalAddress;

/**
 * What a sales document copies from its customer, as the profile of every customer event carries it, so
 * that transaction-service fills a new order or invoice without asking customer-service.
 */
@ApplicationScoped
class DocumentDefaultsOf {

    private final ReferenceData references;

    DocumentDefaultsOf(ReferenceData references) {
        this.references = references;
    }

    /**
     * Billing: the default billing address, else the main one; shipping: the default shipping address, else
     * the billing one. E-mails: the chosen contact's, else the customer's. Payment days from the PY code.
     */
    DocumentDefaults of(Customer customer) {
        CustomerDetails details = customer.details();
        PostalAddress billing = customer.defaultAddress(AddressKind.BILLING).map(this::postal)
                .orElseGet(() -> main(customer.name(), details.address()));
        PostalAddress shipping = customer.defaultAddress(AddressKind.SHIPPING).map(this::postal).orElse(billing);
        return new DocumentDefaults(billing, shipping,
                emailOf(details.contacts(), customer.orderEmailContact()).orElse(customer.email()),
                emailOf(details.contacts(), customer.invoiceEmailContact()).orElse(customer.email()),
                details.shipmentTerms(), details.shipmentVia(), details.modeOfDispatch(),
                references.netDays(details.paymentTerms()).orElse(null),
                references.inheritedToDocuments(details.customFields()));
    }

    private PostalAddress postal(AddressDetails a) {
        Optional<CityPlace> place = references.city(a.city());
        return new PostalAddress(a.name(), a.line1(), a.line2(), a.line3(),
                place.map(CityPlace::name).orElse(a.city()), place.map(CityPlace::stateName).orElse(null),
                place.map(CityPlace::countryName).orElse(null), a.pinCode(), a.phone());
    }

    /** The main address under the customer's name; null when it has neither lines nor a city. */
    private PostalAddress main(String name, CustomerDetails.Address a) {
        return a.line1() == null && a.city() == null ? null
                : postal(new AddressDetails(null, AddressKind.BILLING, name, a.line1(), a.line2(), a.line3(), a.city(),
                        a.state(), a.country(), a.pinCode(), a.phone1(), true));
    }

    private static Optional<String> emailOf(List<CustomerDetails.Contact> contacts, Long chosen) {
        return contacts.stream().filter(contact -> Objects.equals(contact.id(), chosen))
                .map(CustomerDetails.Contact::email).filter(Objects::nonNull).findFirst();
    }
}
