package dev.tradebook.customer.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tradebook.customer.domain.AddressDetails;
import dev.tradebook.customer.domain.AddressKind;

/** The body of {@code POST/PUT .../addresses[/{id}]}; state and country come from the city. */
public record AddressRequest(
        @NotNull AddressKind kind,
        @NotBlank @Size(max = 60) String name,
        @Size(max = 120) String line1,
        @Size(max = 120) String line2,
        @Size(max = 120) String line3,
        @Size(max = 20) String city,
        @Size(max = 10) String pinCode,
        @Size(max = 50) String phone,
        @Schema(description = "the default address of its kind; the first of a kind is the default anyway")
        @JsonProperty("default") Boolean isDefault) {

    AddressDetails toDetails() {
        return new AddressDetails(null, kind, name.strip(), line1, line2, line3, city, null, null, pinCode, phone,
                Boolean.TRUE.equals(isDefault));
    }
}
