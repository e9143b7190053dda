package dev.tradebook.customer;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import dev.tradebook.platform.testing.LayeringRules;

class LayeringTest {

    private static final String SERVICE = "dev.tradebook.customer";
    private static final JavaClasses CLASSES = LayeringRules.classesOf(SERVICE);

    @Test
    void domainKnowsNoHttpOrKafka() {
        LayeringRules.domainKnowsNoHttpOrKafka(SERVICE).check(CLASSES);
    }

    @Test
    void domainDoesNotCallItsCallers() {
        LayeringRules.domainDoesNotCallItsCallers(SERVICE).check(CLASSES);
    }
}
