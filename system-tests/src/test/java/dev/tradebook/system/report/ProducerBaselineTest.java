package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProducerBaselineTest {

    @Test
    void readsTheFiguresOfARunThatSentEverything() {
        ProducerBaseline producer = ProducerBaseline.parse(700, Resources.text("producer-performance.txt"));

        assertThat(producer.records()).isEqualTo(50_000);
        assertThat(producer.failedRecords()).isZero();
        assertThat(producer.recordsPerSecond()).isEqualTo(11_091.4);
        assertThat(producer.megabytesPerSecond()).isEqualTo(7.40);
        assertThat(producer.averageMillis()).isEqualTo(1584.48);
        assertThat(producer.p99Millis()).isEqualTo(2261);
        assertThat(producer.maxMillis()).isEqualTo(2270);
    }

    @Test
    void countsTheRecordsItCouldNotSendAndSkipsTheProgressLines() {
        ProducerBaseline producer = ProducerBaseline.parse(700, Resources.text("producer-performance-expiring.txt"));

        assertThat(producer.records()).isEqualTo(49_838);
        assertThat(producer.failedRecords()).isEqualTo(162);
        assertThat(producer.recordsPerSecond()).isEqualTo(411.5);
        assertThat(producer.megabytesPerSecond()).isEqualTo(0.27);
        assertThat(producer.averageMillis()).isEqualTo(16_016.23);
        assertThat(producer.p99Millis()).isEqualTo(119_797);
        assertThat(producer.maxMillis()).isEqualTo(120_012);
    }

    @Test
    void refusesOutputWithoutATotal() {
        assertThatThrownBy(() -> ProducerBaseline.parse(700, "Exception in thread \"main\" ArgumentParserException\n"))
                .hasMessageContaining("ArgumentParserException");
    }
}
