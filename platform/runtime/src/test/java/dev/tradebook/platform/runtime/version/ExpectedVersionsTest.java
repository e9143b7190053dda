package dev.tradebook.platform.runtime.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.PreconditionFailed;
import dev.tradebook.platform.runtime.problem.ProblemException;

class ExpectedVersionsTest {

    @Test
    void aChangeAgainstTheCurrentVersionGoesThrough() {
        assertThatCode(() -> ExpectedVersions.oneOf(Set.of(2L)).check("City PUNE", 2)).doesNotThrowAnyException();
    }

    @Test
    void aChangeAgainstAnOlderVersionIsPreconditionFailedNamingTheCurrentVersion() {
        assertThatThrownBy(() -> ExpectedVersions.oneOf(Set.of(1L)).check("City PUNE", 2))
                .isInstanceOf(PreconditionFailed.class)
                .hasMessageContaining("City PUNE is at version 2")
                .satisfies(refusal -> {
                    ProblemException problem = (ProblemException) refusal;
                    assertThat(problem.status()).isEqualTo(412);
                    assertThat(problem.extensions()).containsEntry("currentVersion", 2L);
                });
    }

    @Test
    void anyVersionGoesThrough() {
        assertThatCode(() -> ExpectedVersions.any().check("City PUNE", 9)).doesNotThrowAnyException();
    }
}
