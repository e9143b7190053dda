package dev.tradebook.platform.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

class LayeringRulesTest {

    private static final String FIXTURE = "dev.tradebook.platform.testing.fixture";
    private static final JavaClasses LEAKY = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void refusesAKafkaTypeInTheDomain() {
        assertThatThrownBy(() -> LayeringRules.domainKnowsNoHttpOrKafka(FIXTURE).check(LEAKY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.apache.kafka.clients.producer.ProducerRecord");
    }

    @Test
    void refusesTheDomainCallingTheApi() {
        assertThatThrownBy(() -> LayeringRules.domainDoesNotCallItsCallers(FIXTURE).check(LEAKY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyView");
    }
}
