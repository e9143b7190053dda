package dev.tradebook.customer.domain;

/**
 * What a person or an integration gives to register a customer; a null code or currency means
 * "generate it" and "the company's base currency".
 */
public record NewCustomer(String code, String currency, CustomerDetails details) {
}
