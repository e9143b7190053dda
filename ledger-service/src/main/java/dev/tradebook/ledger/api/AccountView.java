package dev.tradebook.ledger.api;

import java.time.Instant;
import java.util.UUID;

import dev.tradebook.ledger.domain.DebtorAccount;

/** An account as the API shows it; {@code kind} tells debtor accounts from the general-ledger accounts to come. */
public record AccountView(
        UUID id,
        String customer,
        String group,
        String currency,
        String name,
        Instant openedAt,
        String kind) {

    static final String DEBTOR = "DEBTOR";

    static AccountView of(DebtorAccount account) {
        return new AccountView(account.id(), account.customerCode(), account.groupCode(), account.currency(),
                account.name(), account.openedAt(), DEBTOR);
    }
}
