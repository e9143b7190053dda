package dev.tradebook.ledger.domain;

import java.util.List;
import java.util.Objects;

import dev.tradebook.platform.runtime.money.Money;

/**
 * A customer as the ledger needs it to open debtor accounts: code, name, currency and the debtor
 * account groups it is linked to. Refuses, with IllegalArgumentException, facts no account could hold.
 */
public record Debtor(String code, String name, String currency, List<String> accountGroups) {

    /** The longest account name the ledger keeps. */
    public static final int MAX_NAME_LENGTH = 80;

    public Debtor {
        if (code == null || !code.matches("[A-Z0-9-]{1,20}")) {
            throw new IllegalArgumentException("not a customer code: " + code);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("customer " + code + " has no name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Money.currency(currency);
        if (accountGroups == null || accountGroups.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("customer " + code + " names no list of account groups");
        }
        accountGroups = List.copyOf(accountGroups);
    }
}
