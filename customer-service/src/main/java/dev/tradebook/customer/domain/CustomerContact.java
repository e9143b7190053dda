package dev.tradebook.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A contact person of a customer; part of the customer aggregate, with an id of its own for the API. */
@Entity
@Table(name = "customer_contact")
class CustomerContact {

    @Id
    // Fifty ids a round trip (V14): an import gives its contacts their ids before copying them in.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_contact_ids")
    @SequenceGenerator(name = "customer_contact_ids", sequenceName = "customer_contact_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;
    private String designation;
    private String department;
    private String email;
    private String mobile;
    private String landline;

    protected CustomerContact() {
    }

    CustomerContact(CustomerDetails.Contact contact) {
        update(contact);
    }

    void update(CustomerDetails.Contact contact) {
        name = contact.name();
        designation = contact.designation();
        department = contact.department();
        email = contact.email();
        mobile = contact.mobile();
        landline = contact.landline();
    }

    Long id() {
        return id;
    }

    CustomerDetails.Contact toContact() {
        return new CustomerDetails.Contact(id, name, designation, department, email, mobile, landline);
    }
}
