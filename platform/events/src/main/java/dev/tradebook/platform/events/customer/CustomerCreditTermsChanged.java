package dev.tradebook.platform.events.customer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code customer.credit-terms-changed.v1}: the credit limit, the actions on exceeding it or the payment
 * terms of a customer changed; published beside {@code customer.updated.v1} for the credit deciders.
 * {@code creditLimit} is in {@code currency}; 0 = not checked.
 */
public record CustomerCreditTermsChanged(
        String code,
        String currency,
        BigDecimal creditLimit,
        String creditActionOnOrder,
        String creditActionOnInvoice,
        String paymentTerms,
        long version) {

    public CustomerCreditTermsChanged {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(creditLimit, "creditLimit");
    }
}
