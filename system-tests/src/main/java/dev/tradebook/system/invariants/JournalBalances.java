package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.tradebook.system.invariants.LedgerBooks.EntryTotals;

/** Σ debit = Σ credit in every journal entry, and over the whole journal. */
public final class JournalBalances implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (EntryTotals entry : snapshot.ledger().entries()) {
            debit = debit.add(entry.debit());
            credit = credit.add(entry.credit());
            if (entry.debit().compareTo(entry.credit()) != 0) {
                violations.add(new Violation(name(), "entry for " + entry.kind() + " " + entry.document() + " has debit "
                        + entry.debit() + ", credit " + entry.credit(), entry.id().toString(), entry.customer()));
            }
        }
        if (debit.compareTo(credit) != 0) {
            violations.add(new Violation(name(), "the journal has debit " + debit + ", credit " + credit));
        }
        return violations;
    }
}
