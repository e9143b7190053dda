package dev.tradebook.platform.events.customer;

/** An address as it is printed on a document: lines, city, state and country names, PIN code. */
public record PostalAddress(String name, String line1, String line2, String line3, String city, String state,
        String country, String pinCode, String phone) {
}
