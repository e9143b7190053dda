package dev.tradebook.customer.reference.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aQuotedVersionAdmitsThatVersionOnly() {
        assertThat(EntityTags.ifMatch("\"3\"").admits(3)).isTrue();
        assertThat(EntityTags.ifMatch("\"3\"").admits(4)).isFalse();
    }

    @Test
    void aListAdmitsEachVersionInIt() {
        assertThat(EntityTags.ifMatch("\"1\", \"5\"").admits(5)).isTrue();
    }

    @Test
    void aStarAdmitsAnyVersion() {
        assertThat(EntityTags.ifMatch(" * ").admits(42)).isTrue();
    }

    @Test
    void aWeakTagNamesTheSameVersion() {
        assertThat(EntityTags.ifMatch("W/\"3\"").admits(3)).isTrue();
    }

    @Test
    void anUnquotedOrForeignTagAdmitsNothing() {
        assertThat(EntityTags.ifMatch("3").admits(3)).isFalse();
        assertThat(EntityTags.ifMatch("\"abc\"").admits(0)).isFalse();
    }

    @Test
    void noHeaderIsPreconditionRequired() {
        assertThatThrownBy(() -> EntityTags.ifMatch(null)).isInstanceOf(PreconditionRequired.class)
                .extracting("status").isEqualTo(428);
        assertThatThrownBy(() -> EntityTags.ifMatch(" ")).isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void theETagOfAVersionIsTheVersionQuoted() {
        assertThat(EntityTags.of(7).toString()).isEqualTo("\"7\"");
    }
}
