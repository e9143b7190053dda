package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineFactsTest {

    @Test
    void namesTheCpuModelAndCountsItsProcessors() {
        assertThat(MachineFacts.cpu(Resources.text("cpuinfo.txt"))).isEqualTo("AMD EPYC, 2 cores");
    }

    @Test
    void givesTheTotalMemoryInGibibytes() {
        assertThat(MachineFacts.memory(Resources.text("meminfo.txt"))).isEqualTo("23.5 GiB");
    }
}
