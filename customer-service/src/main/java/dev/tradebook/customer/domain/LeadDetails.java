package dev.tradebook.customer.domain;

import java.util.List;

/**
 * What a salesperson writes on a lead or prospect. {@code address} and {@code contacts} have the customer's
 * shape, so that conversion carries them over as they are; {@code salesman} is a salesman (SM) code.
 */
public record LeadDetails(String name, String company, CustomerDetails.Address address,
        List<CustomerDetails.Contact> contacts, String email, String phone, String website, String source,
        String campaign, String salesman, String notes) {

    public LeadDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
