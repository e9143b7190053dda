package dev.tradebook.ledger.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.tradebook.ledger.domain.CreditControlMode;
import dev.tradebook.ledger.domain.CreditControlPolicy;

/** {@code {"mode": "PAST_DUE", "graceDays": 5, "minimumOverdueAmount": "10.00"}}. */
public record CreditControlView(
        @NotNull CreditControlMode mode,
        @NotNull @Min(0) @Max(3650) Integer graceDays,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal minimumOverdueAmount) {

    static CreditControlView of(CreditControlPolicy policy) {
        return new CreditControlView(policy.mode(), policy.graceDays(), policy.minimumOverdueAmount().stripTrailingZeros()
                .setScale(Math.max(2, policy.minimumOverdueAmount().stripTrailingZeros().scale())));
    }

    CreditControlPolicy policy() {
        return new CreditControlPolicy(mode, graceDays, minimumOverdueAmount);
    }
}
