package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GstArnTest {

    @Test
    void acceptsTheUsualShape() {
        assertThat(GstArn.isValid("AA0606180000002")).isTrue();
        assertThat(GstArn.isValid("AA270717123456X")).isTrue();
    }

    @Test
    void readsStateCode() {
        assertThat(GstArn.parse("AA0606180000002").stateCode()).isEqualTo("06");
    }

    @Test
    void printsAsItsValue() {
        GstArn arn = GstArn.parse("AA0606180000002");

        assertThat(arn.value()).isEqualTo("AA0606180000002");
        assertThat(arn).hasToString("AA0606180000002");
    }

    @Test
    void refusesDigitsWhereTheLettersGo() {
        assertThatIllegalArgumentException().isThrownBy(() -> GstArn.parse("120606180000002"))
                .withMessageContaining("format");
    }

    @Test
    void refusesLettersInTheStateCodeOrPeriod() {
        assertThat(GstArn.isValid("AAMH06180000002")).isFalse();
        assertThat(GstArn.isValid("AA06JUN80000002")).isFalse();
    }

    @Test
    void refusesPunctuation() {
        assertThatIllegalArgumentException().isThrownBy(() -> GstArn.parse("AA06061800000-2"))
                .withMessageContaining("format");
    }

    @Test
    void refusesLowerCase() {
        assertThat(GstArn.isValid("aa0606180000002")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> GstArn.parse("AA060618000000x"))
                .withMessageContaining("upper case");
    }

    @Test
    void refusesWrongLength() {
        assertThat(GstArn.isValid("AA06061800000021")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> GstArn.parse("AA060618000000"))
                .withMessageContaining("length");
    }

    @Test
    void refusesMissingValue() {
        assertThat(GstArn.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> GstArn.parse(null)).withMessageContaining("missing");
    }
}
