package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.reference.domain.CompanyAddress;

/** A postal address as the settings carry it; every part may be null, lengths from the customer master. */
public record AddressBody(
        @Size(max = 120) String line1,
        @Size(max = 120) String line2,
        @Size(max = 120) String line3,
        @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a city code such as PUNE")
        @Schema(description = "a city code of the city master (GET /api/v1/cities)", examples = "PUNE") String city,
        @Size(max = 10) String pinCode) {

    static AddressBody of(CompanyAddress address) {
        return new AddressBody(address.line1(), address.line2(), address.line3(), address.city(), address.pinCode());
    }

    CompanyAddress toAddress() {
        return new CompanyAddress(line1, line2, line3, city, pinCode);
    }
}
