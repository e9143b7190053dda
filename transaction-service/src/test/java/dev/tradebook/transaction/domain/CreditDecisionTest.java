package dev.tradebook.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.money.Money;

class CreditDecisionTest {

    private static final CreditPosition POSITION = new CreditPosition("C1", eur("1000"), eur("600"));

    @Test
    void aDocumentThatFitsExactlyPasses() {
        assertThat(CreditDecision.check(POSITION, eur("400"), CreditAction.STOP, false)).isEmpty();
    }

    @Test
    void stopRefusesOneCentPastTheLimitWithTheFigures() {
        assertThatThrownBy(() -> CreditDecision.check(POSITION, eur("400.01"), CreditAction.STOP, true))
                .isInstanceOfSatisfying(CreditRefused.class, refused -> {
                    assertThat(refused.type()).isEqualTo(CreditRefused.EXCEEDED);
                    assertThat(refused.extensions()).containsEntry("limit", eur("1000").amount())
                            .containsEntry("exposure", eur("600").amount())
                            .containsEntry("documentAmount", eur("400.01").amount());
                });
    }

    @Test
    void warnRefusesUnlessAcknowledged() {
        assertThatThrownBy(() -> CreditDecision.check(POSITION, eur("500"), CreditAction.WARN, false))
                .isInstanceOfSatisfying(CreditRefused.class, r -> assertThat(r.type()).isEqualTo(CreditRefused.WARNING));
    }

    @Test
    void anAcknowledgedWarningReturnsTheFiguresToRecord() {
        assertThat(CreditDecision.check(POSITION, eur("500"), CreditAction.WARN, true))
                .contains(new CreditFigures(eur("1000"), eur("600"), eur("500")));
    }

    @Test
    void aZeroLimitIsNeverChecked() {
        CreditPosition unchecked = new CreditPosition("C1", eur("0"), eur("1000000"));

        assertThat(CreditDecision.check(unchecked, eur("999999"), CreditAction.STOP, false)).isEmpty();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
