package dev.tradebook.customer.reference.domain;

/**
 * Where a city lies, as the customer rules need it: the state an address derives from its city, the GST
 * state code a GSTIN must start with ({@code gstCode}, null outside India) and the country.
 */
public record CityPlace(String code, String name, String stateCode, String stateName, String gstCode,
        String countryCode, String countryName) {

    /** Whether a GSTIN can be registered at this place at all. */
    public boolean hasGstCode() {
        return gstCode != null;
    }
}
