package dev.tradebook.transaction.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import dev.tradebook.platform.runtime.money.Money;

/**
 * The customer master's facts that the credit check needs, as they stood at one customer version.
 * The credit limit carries the customer's currency; zero means the limit is not checked. The credit
 * actions default to STOP for events older than them.
 * Refuses values the customer master could never have sent, so a bad copy is never stored.
 */
public record CustomerSnapshot(String code, String name, CustomerStatus status, Money creditLimit, long version,
        CreditAction creditActionOnOrder, CreditAction creditActionOnInvoice, DocumentDefaultsCopy documentDefaults) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");
    private static final int NAME_LENGTH = 60;

    public CustomerSnapshot {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(creditLimit, "creditLimit");
        creditActionOnOrder = creditActionOnOrder == null ? CreditAction.STOP : creditActionOnOrder;
        creditActionOnInvoice = creditActionOnInvoice == null ? CreditAction.STOP : creditActionOnInvoice;
        documentDefaults = documentDefaults == null ? DocumentDefaultsCopy.NONE : documentDefaults;
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a customer code: " + code);
        }
        if (name.isBlank() || name.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("customer name must have 1 to " + NAME_LENGTH + " characters");
        }
        if (creditLimit.isNegative()) {
            throw new IllegalArgumentException("credit limit must not be negative: " + creditLimit);
        }
        if (version < 0) {
            throw new IllegalArgumentException("customer version must not be negative: " + version);
        }
    }

    /** The facts of the first events, before credit actions and document defaults were published. */
    public CustomerSnapshot(String code, String name, CustomerStatus status, Money creditLimit, long version) {
        this(code, name, status, creditLimit, version, null, null, null);
    }

    public String currency() {
        return creditLimit.currencyCode();
    }
}
