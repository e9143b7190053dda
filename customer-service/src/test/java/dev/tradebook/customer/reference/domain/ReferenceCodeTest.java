package dev.tradebook.customer.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

class ReferenceCodeTest {

    @Test
    void paymentTermsCarryTheirNetDays() {
        ReferenceCode code = ReferenceCode.define(CodeType.PY, "NET30", " 30 days ", true, 30);

        assertThat(code.netDays()).isEqualTo(30);
        assertThat(code.description()).isEqualTo("30 days");
    }

    @Test
    void paymentTermsNeedNetDays() {
        assertThatThrownBy(() -> ReferenceCode.define(CodeType.PY, "SOMEDAY", "Some day", true, null))
                .isInstanceOf(InvalidRequest.class)
                .extracting("violations").asList()
                .extracting("field").containsExactly("netDays");
    }

    @Test
    void otherCodesCarryNoNetDays() {
        assertThatThrownBy(() -> ReferenceCode.define(CodeType.AT, "SAVINGS", "Savings", true, 0))
                .isInstanceOf(InvalidRequest.class)
                .hasFieldOrPropertyWithValue("violations", java.util.List.of(
                        new Violation("netDays", "applies to payment terms (PY) only")));
    }

    @Test
    void netDaysStayWithinAYear() {
        assertThatThrownBy(() -> ReferenceCode.define(CodeType.PY, "NET400", "Long", true, 400))
                .isInstanceOf(InvalidRequest.class);
        assertThat(ReferenceCode.define(CodeType.PY, "NET365", "A year", true, 365).netDays()).isEqualTo(365);
    }

    @Test
    void aRevisionKeepsTheNetDaysRule() {
        ReferenceCode code = ReferenceCode.define(CodeType.PY, "NET30", "30 days", true, 30);

        assertThatThrownBy(() -> code.revise("30 days", true, null)).isInstanceOf(InvalidRequest.class);
        code.revise("Thirty days", false, 31);
        assertThat(code.netDays()).isEqualTo(31);
        assertThat(code.active()).isFalse();
    }

    @Test
    void refusesACodeOutsideTheAlphabetAndABlankDescriptionTogether() {
        assertThatThrownBy(() -> ReferenceCode.define(CodeType.SR, "north", " ", true, null))
                .isInstanceOf(InvalidRequest.class)
                .extracting("violations").asList()
                .extracting("field").containsExactly("code", "description");
    }

    @Test
    void anUnknownTypeIsNotFound() {
        assertThatThrownBy(() -> CodeType.named("py")).hasMessage("Code type py does not exist");
        assertThat(CodeType.named("MOD")).isEqualTo(CodeType.MOD);
    }
}
