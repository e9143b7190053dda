package dev.tradebook.customer.reference.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class VersionPreconditionTest {

    @Test
    void aChangeAgainstTheCurrentVersionGoesThrough() {
        assertThatCode(() -> VersionPrecondition.oneOf(Set.of(2L)).check("City", "PUNE", 2)).doesNotThrowAnyException();
    }

    @Test
    void aChangeAgainstAnOlderVersionIsPreconditionFailed() {
        assertThatThrownBy(() -> VersionPrecondition.oneOf(Set.of(1L)).check("City", "PUNE", 2))
                .isInstanceOf(VersionMismatch.class)
                .hasMessageContaining("City PUNE has changed since you read it")
                .extracting("status").isEqualTo(412);
    }

    @Test
    void anyVersionGoesThrough() {
        assertThatCode(() -> VersionPrecondition.any().check("City", "PUNE", 9)).doesNotThrowAnyException();
    }
}
