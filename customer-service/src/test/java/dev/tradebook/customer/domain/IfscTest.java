package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class IfscTest {

    @Test
    void acceptsPublishedIfscs() {
        assertThat(Ifsc.isValid("KARB0000001")).isTrue();
        assertThat(Ifsc.isValid("YESB0DNB002")).isTrue();
    }

    @Test
    void readsBankCode() {
        assertThat(Ifsc.parse("YESB0DNB002").bankCode()).isEqualTo("YESB");
    }

    @Test
    void printsAsItsValue() {
        Ifsc ifsc = Ifsc.parse("KARB0000001");

        assertThat(ifsc.value()).isEqualTo("KARB0000001");
        assertThat(ifsc).hasToString("KARB0000001");
    }

    @Test
    void refusesNonZeroFifthCharacter() {
        assertThat(Ifsc.isValid("KARBO000001")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Ifsc.parse("KARB1000001"))
                .withMessageContaining("character 5");
    }

    @Test
    void refusesDigitsInTheBankCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ifsc.parse("KAR10000001"))
                .withMessageContaining("bank code");
    }

    @Test
    void refusesPunctuationInTheBranchCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ifsc.parse("KARB0-00001"))
                .withMessageContaining("branch code");
    }

    @Test
    void refusesLowerCase() {
        assertThat(Ifsc.isValid("karb0000001")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Ifsc.parse("YESB0dNB002"))
                .withMessageContaining("upper case");
    }

    @Test
    void refusesWrongLength() {
        assertThat(Ifsc.isValid("KARB00000001")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Ifsc.parse("KARB000001"))
                .withMessageContaining("length");
    }

    @Test
    void refusesMissingValue() {
        assertThat(Ifsc.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Ifsc.parse(null)).withMessageContaining("missing");
    }
}
