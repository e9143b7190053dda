package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void spacesTheRequestsEvenlyFromTheStart() {
        Pacing pacing = new Pacing(200, 1_000);

        assertThat(pacing.dueNanos(0)).isEqualTo(1_000);
        assertThat(pacing.dueNanos(1)).isEqualTo(1_000 + 5_000_000);
        assertThat(pacing.dueNanos(400)).isEqualTo(1_000 + 2_000_000_000L);
    }

    @Test
    void aFractionalRateKeepsItsSpacing() {
        Pacing pacing = new Pacing(2.5, 0);

        assertThat(pacing.dueNanos(5)).isEqualTo(2_000_000_000L);
    }

    @Test
    void countsTheRequestsOfAStep() {
        assertThat(new Pacing(150, 0).requests(20)).isEqualTo(3_000);
        assertThat(new Pacing(0.1, 0).requests(1)).isEqualTo(1);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new Pacing(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
