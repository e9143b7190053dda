package dev.tradebook.customer.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.domain.CustomerDetails;
import dev.tradebook.customer.domain.Lead;
import dev.tradebook.customer.domain.LeadDetails;
import dev.tradebook.customer.domain.LeadKind;
import dev.tradebook.customer.domain.LeadStatus;

/** A lead or prospect as the API shows it; once converted, {@code customer} names the customer it became. */
public record LeadView(
        long id,
        LeadKind kind,
        LeadStatus status,
        String name,
        String company,
        CustomerRequest.Address address,
        List<CustomerView.Contact> contacts,
        String email,
        String phone,
        String website,
        String source,
        String campaign,
        String salesman,
        String notes,
        String owner,
        @Schema(description = "why it was lost; null unless LOST") String lostReason,
        @Schema(description = "the code of the customer it was converted into; null until CONVERTED") String customer,
        String convertedBy,
        Instant convertedAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static LeadView of(Lead lead) {
        LeadDetails d = lead.details();
        CustomerDetails.Address a = d.address();
        return new LeadView(lead.id(), lead.kind(), lead.status(), d.name(), d.company(),
                a == null ? null : new CustomerRequest.Address(a.line1(), a.line2(), a.line3(), a.city(), a.pinCode(),
                        a.phone1(), a.phone2(), a.fax()),
                d.contacts().stream().map(CustomerView.Contact::of).toList(),
                d.email(), d.phone(), d.website(), d.source(), d.campaign(), d.salesman(), d.notes(), lead.owner(),
                lead.lostReason(), lead.customerCode(), lead.convertedBy(), lead.convertedAt(), lead.version(),
                lead.createdAt(), lead.updatedAt());
    }
}
