package dev.tradebook.customer.domain;

/**
 * What a person or an integration gives to register a customer; a null code, currency or portal login means
 * "generate it", "the company's base currency" and "the company's setting for new customers".
 */
public record NewCustomer(String code, String currency, Boolean portalLogin, CustomerDetails details) {
}
