package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class MixTest {

    @Test
    void givesEachOperationItsWeightInEveryCycle() {
        Mix mix = Mix.parse("order=3, invoice=2,payment=1");

        List<String> cycle = LongStream.range(0, 6).mapToObj(mix::operation).toList();

        assertThat(cycle).filteredOn("order"::equals).hasSize(3);
        assertThat(cycle).filteredOn("invoice"::equals).hasSize(2);
        assertThat(cycle).filteredOn("payment"::equals).hasSize(1);
        assertThat(LongStream.range(6, 12).mapToObj(mix::operation).toList()).isEqualTo(cycle);
    }

    @Test
    void spreadsAnOperationOverTheCycleInsteadOfBunchingIt() {
        Mix mix = Mix.parse("order=2,invoice=2");

        assertThat(LongStream.range(0, 4).mapToObj(mix::operation).toList())
                .containsExactly("order", "invoice", "order", "invoice");
    }

    @Test
    void leavesOutOperationsOfWeightZero() {
        Mix mix = Mix.parse("order=1,portal=0");

        assertThat(mix.weights()).containsOnlyKeys("order");
    }

    @Test
    void theDefaultUpToTenASecondIsTheDocumentedOne() {
        assertThat(Mix.defaultFor(10).weights()).isEqualTo(
                Mix.parse("customer=50,order=350,invoice=200,payment=150,portal=200,batch=50").weights());
    }

    @Test
    void theDefaultOfAFastRunKeepsPortalReadsAndBatchesWithinTheirCallersRateLimits() {
        for (double rate : new double[] { 40, 100, 400 }) {
            Map<String, Integer> weights = Mix.defaultFor(rate).weights();
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();

            assertThat(total).isEqualTo(1000);
            assertThat(rate * weights.get("portal") / total).as("portal reads a second at %s/s", rate)
                    .isLessThanOrEqualTo(2);
            assertThat(rate * weights.get("batch") / total * 60).as("batches a minute at %s/s", rate)
                    .isLessThan(120);
        }
        assertThat(Mix.defaultFor(40).weights()).containsEntry("portal", 50).containsEntry("batch", 12)
                .containsEntry("order", 538);
    }

    @Test
    void refusesWhatIsNotAMix() {
        assertThatThrownBy(() -> Mix.parse("order")).hasMessageContaining("not operation=weight");
        assertThatThrownBy(() -> Mix.parse("order=1,order=2")).hasMessageContaining("named twice");
        assertThatThrownBy(() -> Mix.parse("order=-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Mix.parse("order=0")).hasMessageContaining("no operation");
    }
}
