package dev.tradebook.ledger.api;

import dev.tradebook.ledger.domain.AccountGroup;

public record AccountGroupView(String code, String name, String controlAccount) {

    static AccountGroupView of(AccountGroup group) {
        return new AccountGroupView(group.code(), group.name(), group.controlAccount());
    }
}
