package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SaturationTest {

    @Test
    void isTheBestAchievedRateAmongTheStepsThatKeptUp() {
        StepResult slow = step(100, 2_000, 0, 20);
        StepResult kept = step(200, 3_960, 10, 20);
        StepResult fellBehind = step(400, 5_000, 0, 20);

        assertThat(Saturation.of(List.of(slow, kept, fellBehind))).contains(kept);
        assertThat(kept.achievedRate()).isEqualTo(198);
        assertThat(fellBehind.sustained()).isFalse();
    }

    @Test
    void aStepWithOnePercentErrorsDidNotKeepUp() {
        StepResult failing = step(100, 1_980, 20, 20);

        assertThat(failing.errorRatio()).isEqualTo(0.01);
        assertThat(failing.sustained()).isFalse();
        assertThat(Saturation.of(List.of(failing))).isEmpty();
    }

    @Test
    void percentilesComeFromTheRecordedMicroseconds() {
        Histogram latencies = new Histogram(3);
        for (int micros = 1_000; micros <= 100_000; micros += 1_000) {
            latencies.recordValue(micros);
        }
        StepResult step = new StepResult(100, 100, 0, 1, latencies, new Timeline(), Map.of());

        assertThat(step.percentileMillis(50)).isCloseTo(50, org.assertj.core.data.Offset.offset(0.1));
        assertThat(step.percentileMillis(99)).isCloseTo(99, org.assertj.core.data.Offset.offset(0.1));
    }

    private static StepResult step(double target, long ok, long errors, double seconds) {
        return new StepResult(target, ok, errors, seconds, new Histogram(3), new Timeline(), Map.of());
    }
}
