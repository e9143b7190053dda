package dev.tradebook.ledger.domain;

import java.time.Instant;
import java.util.List;

/** What one self-check compared and which accounts drifted. */
public record SelfCheckResult(Instant checkedAt, long accountsChecked, List<BalanceDrift> drifts) {

    public SelfCheckResult {
        drifts = List.copyOf(drifts);
    }
}
