package dev.tradebook.customer.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tradebook.customer.domain.CustomerDetails;
import dev.tradebook.customer.domain.LeadDetails;

/**
 * The body of {@code POST /api/v1/leads} and {@code PUT /api/v1/leads/{id}} (prospects alike). Address and
 * contacts take the customer's shape and lengths, so that a conversion carries them over unchanged.
 */
public record LeadRequest(
        @NotBlank @Size(max = 60) String name,
        @Size(max = 60) String company,
        @Valid CustomerRequest.Address address,
        List<CustomerRequest.@NotNull @Valid Contact> contacts,
        @Email @Size(max = 44) String email,
        @Size(max = 50) String phone,
        @Size(max = 40) String website,
        @Size(max = 40) String source,
        @Size(max = 60) String campaign,
        @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a salesman code") String salesman,
        @Size(max = 2000) String notes) {

    LeadDetails toDetails() {
        return new LeadDetails(name, company,
                address == null ? null : new CustomerDetails.Address(address.line1(), address.line2(), address.line3(),
                        address.city(), null, null, address.pinCode(), address.phone1(), address.phone2(), address.fax()),
                contacts == null ? List.of() : contacts.stream().map(contact -> contact.toContact(null)).toList(),
                email, phone, website, source, campaign, salesman, notes);
    }
}
