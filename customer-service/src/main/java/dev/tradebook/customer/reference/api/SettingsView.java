package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.Company;

/** The company's settings as the API shows them. */
public record SettingsView(String name, AddressBody address, String gstin, String baseCurrency, String customerCodePrefix,
        boolean portalLoginForNewCustomers, long version) {

    static SettingsView of(Company company) {
        return new SettingsView(company.name(), AddressBody.of(company.address()), company.gstin(),
                company.baseCurrency(), company.customerCodePrefix(), company.portalLoginForNewCustomers(),
                company.version());
    }
}
