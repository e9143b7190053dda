package dev.tradebook.customer.domain;

/**
 * What a person or an integration gives to register a customer; a null code, currency or portal login means
 * "generate it", "the company's base currency" and "the company's setting for new customers". {@code ecommerce}
 * (importedOn not used) is given for a buyer imported from a cart, null otherwise.
 */
public record NewCustomer(String code, String currency, Boolean portalLogin, CustomerDetails details,
        EcommerceFacts ecommerce) {

    public NewCustomer(String code, String currency, Boolean portalLogin, CustomerDetails details) {
        this(code, currency, portalLogin, details, null);
    }
}
