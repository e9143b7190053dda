package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void defaultsToFiveMinutesAtOneHundredPerSecondBesideTheOtherStacks() {
        ReportOptions options = ReportOptions.parse("--repository", "/repo");

        assertThat(options.rate()).isEqualTo(100);
        assertThat(options.seconds()).isEqualTo(300);
        assertThat(options.warmupSeconds()).isEqualTo(60);
        assertThat(options.portShift()).isEqualTo(40_000);
        assertThat(options.output()).isEqualTo(Path.of("/repo/docs/proof"));
        assertThat(options.faultRuns()).isEqualTo(Path.of("/repo/docs/proof/fault-runs"));
    }

    @Test
    void passesRateLengthAndPortsOnToTheMixedLoad() {
        ReportOptions options = ReportOptions.parse("--rate", "20", "--seconds", "20", "--warmup-seconds", "5",
                "--port-shift", "41000");

        assertThat(options.mixedLoadArgs()).containsExactly("--port-shift", "41000", "--rate", "20.0", "--seconds", "20",
                "--warmup-seconds", "5");
    }

    @Test
    void refusesAnOptionItDoesNotKnow() {
        assertThatThrownBy(() -> ReportOptions.parse("--rates", "20")).hasMessageContaining("--rates");
    }
}
