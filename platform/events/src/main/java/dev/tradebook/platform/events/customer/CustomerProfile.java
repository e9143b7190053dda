package dev.tradebook.platform.events.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The customer master facts other services keep a copy of, as they stand after a change.
 * Amounts are in the customer's currency; {@code version} grows with every change of the customer.
 * Fields after {@code version} were added later: events written before them carry none (null here).
 */
public record CustomerProfile(
        String code,
        String name,
        String currency,
        String status,
        BigDecimal creditLimit,
        List<String> debtorAccountGroups,
        long version,
        String type,
        String creditActionOnOrder,
        String creditActionOnInvoice,
        String paymentTerms,
        String salesman,
        String email,
        DocumentDefaults documentDefaults,
        PortalAccess portal,
        Ecommerce ecommerce) {

    public CustomerProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(currency, "currency");
        debtorAccountGroups = List.copyOf(debtorAccountGroups);
    }

    /** A profile without the e-commerce facts, as producers and tests written before them build it. */
    public CustomerProfile(String code, String name, String currency, String status, BigDecimal creditLimit,
            List<String> debtorAccountGroups, long version, String type, String creditActionOnOrder,
            String creditActionOnInvoice, String paymentTerms, String salesman, String email,
            DocumentDefaults documentDefaults, PortalAccess portal) {
        this(code, name, currency, status, creditLimit, debtorAccountGroups, version, type, creditActionOnOrder,
                creditActionOnInvoice, paymentTerms, salesman, email, documentDefaults, portal, null);
    }

    /** A profile without the portal access, as producers and tests written before it build it. */
    public CustomerProfile(String code, String name, String currency, String status, BigDecimal creditLimit,
            List<String> debtorAccountGroups, long version, String type, String creditActionOnOrder,
            String creditActionOnInvoice, String paymentTerms, String salesman, String email,
            DocumentDefaults documentDefaults) {
        this(code, name, currency, status, creditLimit, debtorAccountGroups, version, type, creditActionOnOrder,
                creditActionOnInvoice, paymentTerms, salesman, email, documentDefaults, null, null);
    }

    /** A profile without the later fields, as producers and tests written before them build it. */
    public CustomerProfile(String code, String name, String currency, String status, BigDecimal creditLimit,
            List<String> debtorAccountGroups, long version) {
        this(code, name, currency, status, creditLimit, debtorAccountGroups, version, null, null, null, null, null,
                null, null, null, null);
    }
}
