package dev.tradebook.customer.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A billing or shipping address; {@code id} is null for one not stored yet, {@code state} and {@code country}
 * are derived from the city, never given.
 */
public record AddressDetails(Long id, AddressKind kind, String name, String line1, String line2, String line3,
        String city, String state, String country, String pinCode, String phone,
        @JsonProperty("default") boolean isDefault) {

    AddressDetails placed(String stateCode, String countryCode) {
        return new AddressDetails(id, kind, name, line1, line2, line3, city, stateCode, countryCode, pinCode, phone,
                isDefault);
    }
}
