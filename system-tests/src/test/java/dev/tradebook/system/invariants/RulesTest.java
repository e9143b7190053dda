package dev.tradebook.system.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void findsNothingWrongInConsistentBooks() {
        assertThat(Rules.check(new ConsistentBooks().snapshot())).isEmpty();
    }
}
