package dev.tradebook.transaction.domain;

import java.util.Optional;

import dev.tradebook.platform.runtime.money.Money;

/** The credit check of one document against a customer's position (ARCHITECTURE.md, the credit model). */
public final class CreditDecision {

    private CreditDecision() {
    }

    /**
     * Passes a document that keeps exposure + amount within the limit (or any document when the limit is 0).
     * Past the limit STOP refuses; WARN refuses unless acknowledged, and an acknowledged warning returns the
     * figures to record beside the document.
     */
    public static Optional<CreditFigures> check(CreditPosition position, Money documentAmount, CreditAction action,
            boolean acknowledged) {
        if (!position.limitChecked() || !position.exposure().plus(documentAmount).isGreaterThan(position.limit())) {
            return Optional.empty();
        }
        if (action == CreditAction.STOP) {
            throw CreditRefused.exceeded(position, documentAmount);
        }
        if (!acknowledged) {
            throw CreditRefused.warning(position, documentAmount);
        }
        return Optional.of(new CreditFigures(position.limit(), position.exposure(), documentAmount));
    }
}
