package dev.tradebook.customer.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tradebook.customer.domain.AddressDetails;
import dev.tradebook.customer.domain.AddressKind;

/** A billing or shipping address as the API shows it. */
public record AddressView(long id, AddressKind kind, String name, String line1, String line2, String line3,
        String city, String state, String country, String pinCode, String phone,
        @JsonProperty("default") boolean isDefault) {

    static AddressView of(AddressDetails a) {
        return new AddressView(a.id(), a.kind(), a.name(), a.line1(), a.line2(), a.line3(), a.city(), a.state(),
                a.country(), a.pinCode(), a.phone(), a.isDefault());
    }
}
