package dev.tradebook.system.invariants;

import java.util.ArrayList;
import java.util.List;

/** Every invariant the checker knows, in the order it reports them. */
public final class Rules {

    public static final List<Rule> ALL = List.of(new JournalBalances(), new StoredBalancesMatchJournal(),
            new DocumentsPostedOnce(), new ExposureMatchesLedger(), new MasterBalanceMatchesLedger(),
            new HoldsFollowCreditRules(), new EventsAppliedOnce(), new EventOrderPerCustomer());

    private Rules() {
    }

    public static List<Violation> check(Snapshot snapshot) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : ALL) {
            violations.addAll(rule.check(snapshot));
        }
        return violations;
    }
}
