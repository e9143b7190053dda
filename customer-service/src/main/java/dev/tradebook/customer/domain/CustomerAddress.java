package dev.tradebook.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A billing or shipping address of a customer; part of the customer aggregate, with an id for the API. */
@Entity
@Table(name = "customer_address")
class CustomerAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AddressKind kind;

    @Column(nullable = false)
    private String name;
    private String line1;
    private String line2;
    private String line3;
    private String city;
    private String state;
    private String country;
    @Column(name = "pin_code")
    private String pinCode;
    private String phone;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    protected CustomerAddress() {
    }

    CustomerAddress(AddressDetails details) {
        update(details);
    }

    void update(AddressDetails d) {
        kind = d.kind();
        name = d.name();
        line1 = d.line1();
        line2 = d.line2();
        line3 = d.line3();
        city = d.city();
        state = d.state();
        country = d.country();
        pinCode = d.pinCode();
        phone = d.phone();
        isDefault = d.isDefault();
    }

    Long id() {
        return id;
    }

    AddressKind kind() {
        return kind;
    }

    boolean isDefault() {
        return isDefault;
    }

    void makeDefault(boolean value) {
        isDefault = value;
    }

    AddressDetails toDetails() {
        return new AddressDetails(id, kind, name, line1, line2, line3, city, state, country, pinCode, phone, isDefault);
    }
}
