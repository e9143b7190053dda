package dev.tradebook.platform.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.PreconditionFailed;
import dev.tradebook.platform.runtime.problem.PreconditionRequired;

class IfMatchTest {

    @Test
    void aQuotedVersionAdmitsThatVersionOnly() {
        assertThat(IfMatch.required("\"3\"").admits(3)).isTrue();
        assertThat(IfMatch.required("\"3\"").admits(4)).isFalse();
    }

    @Test
    void aListAdmitsEachVersionInIt() {
        assertThat(IfMatch.required("\"1\", \"5\"").admits(5)).isTrue();
    }

    @Test
    void aStarAdmitsAnyVersion() {
        assertThat(IfMatch.required(" * ").admits(42)).isTrue();
    }

    @Test
    void aWeakTagNamesTheSameVersion() {
        assertThat(IfMatch.required("W/\"3\"").admits(3)).isTrue();
    }

    @Test
    void anUnquotedOrForeignTagAdmitsNothing() {
        assertThat(IfMatch.required("3").admits(3)).isFalse();
        assertThat(IfMatch.required("\"abc\"").admits(0)).isFalse();
        assertThat(IfMatch.required("\"-1\"").admits(-1)).isFalse();
    }

    @Test
    void noHeaderIsPreconditionRequiredWhereAVersionMustBeNamed() {
        assertThatThrownBy(() -> IfMatch.required(null)).isInstanceOf(PreconditionRequired.class)
                .extracting("status").isEqualTo(428);
        assertThatThrownBy(() -> IfMatch.required(" ")).isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void noHeaderAdmitsAnyVersionWhereABlindChangeIsAllowed() {
        assertThat(IfMatch.optional(null).admits(7)).isTrue();
        assertThat(IfMatch.optional("\"6\"").admits(7)).isFalse();
    }

    @Test
    void aVersionNotAdmittedIsPreconditionFailed() {
        assertThatThrownBy(() -> IfMatch.required("\"6\"").check("Settings", 7)).isInstanceOf(PreconditionFailed.class)
                .extracting("status").isEqualTo(412);
    }

    @Test
    void theETagOfAVersionIsTheVersionQuoted() {
        assertThat(IfMatch.etag(7).toString()).isEqualTo("\"7\"");
    }
}
