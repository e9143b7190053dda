package dev.tradebook.transaction.domain;

import java.util.List;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/**
 * A document refused for credit or hold, with the figures the user needs (limit, exposure, document
 * amount). Nothing is written before it is thrown, so the refusal itself can be committed and replayed
 * to a retry with the same Idempotency-Key.
 */
public class CreditRefused extends BusinessRuleViolation {

    public static final String EXCEEDED = "credit-limit-exceeded";
    public static final String WARNING = "credit-limit-warning";
    public static final String ON_HOLD = "customer-on-hold";

    private CreditRefused(String type, String detail, CreditPosition position, Money documentAmount) {
        super(type, detail);
        with("limit", position.limit().amount());
        with("exposure", position.exposure().amount());
        with("documentAmount", documentAmount.amount());
        with("currency", position.currency());
    }

    static CreditRefused exceeded(CreditPosition position, Money documentAmount) {
        return new CreditRefused(EXCEEDED, "The document of " + documentAmount + " would take customer "
                + position.customerCode() + " past its credit limit of " + position.limit(), position, documentAmount);
    }

    static CreditRefused warning(CreditPosition position, Money documentAmount) {
        return new CreditRefused(WARNING, "The document of " + documentAmount + " takes customer "
                + position.customerCode() + " past its credit limit of " + position.limit()
                + "; send \"acknowledgeCreditWarning\": true to accept it anyway", position, documentAmount);
    }

    static CreditRefused onHold(CreditPosition position, Money documentAmount, List<HoldReason> reasons) {
        CreditRefused refused = new CreditRefused(ON_HOLD, "Customer " + position.customerCode() + " is on hold ("
                + reasons + ") and the company's hold policy does not allow this document", position, documentAmount);
        refused.with("holdReasons", reasons.stream().map(Enum::name).toList());
        return refused;
    }
}
