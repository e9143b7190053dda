package dev.tradebook.customer.reference.domain;

/** The company's postal address; {@code city} is a city code of the city master. Every part may be null. */
public record CompanyAddress(String line1, String line2, String line3, String city, String pinCode) {

    public static final CompanyAddress NONE = new CompanyAddress(null, null, null, null, null);
}
