package dev.tradebook.ledger.api;

import java.time.Instant;

import dev.tradebook.ledger.domain.DebtorAccount;
import dev.tradebook.ledger.domain.GeneralLedgerAccount;

/**
 * An account as the API shows it; {@code kind} tells a customer's debtor account (id a UUID) from an account of
 * the chart (kind GL, id its code, {@code type} ASSET, LIABILITY, INCOME or EXPENSE).
 */
public record AccountView(
        String id,
        String customer,
        String group,
        String currency,
        String name,
        Instant openedAt,
        String kind,
        String type) {

    static final String DEBTOR = "DEBTOR";
    static final String GENERAL_LEDGER = "GL";

    static AccountView of(DebtorAccount account) {
        return new AccountView(account.id().toString(), account.customerCode(), account.groupCode(),
                account.currency(), account.name(), account.openedAt(), DEBTOR, null);
    }

    static AccountView of(GeneralLedgerAccount account) {
        return new AccountView(account.code(), null, null, null, account.name(), null, GENERAL_LEDGER,
                account.kind());
    }
}
