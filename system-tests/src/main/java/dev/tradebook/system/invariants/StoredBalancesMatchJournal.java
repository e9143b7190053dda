package dev.tradebook.system.invariants;

import java.util.ArrayList;
import java.util.List;

import dev.tradebook.system.invariants.LedgerBooks.AccountTotals;

/**
 * Every debtor account's stored balance equals Σ (debit − credit) of its journal lines, and equals what its open
 * items leave outstanding (debit items − credit items).
 */
public final class StoredBalancesMatchJournal implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        List<Violation> violations = new ArrayList<>();
        for (AccountTotals account : snapshot.ledger().accounts()) {
            if (account.stored().compareTo(account.journal()) != 0) {
                violations.add(new Violation(name(), "stored balance " + account.stored() + " but its journal lines sum to "
                        + account.journal(), account.id().toString(), account.customer()));
            }
            if (account.stored().compareTo(account.openItems()) != 0) {
                violations.add(new Violation(name(), "stored balance " + account.stored() + " but its open items leave "
                        + account.openItems(), account.id().toString(), account.customer()));
            }
        }
        return violations;
    }
}
