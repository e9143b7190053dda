package dev.tradebook.customer.reference.domain;

/** Everything the company says about itself in the settings of the customer master. */
public record CompanyDetails(String name, CompanyAddress address, String gstin, String baseCurrency,
        String customerCodePrefix, boolean portalLoginForNewCustomers) {
}
