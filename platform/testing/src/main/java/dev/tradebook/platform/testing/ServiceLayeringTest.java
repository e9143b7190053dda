package dev.tradebook.platform.testing;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/** Each service's LayeringTest extends this with its base package. */
public abstract class ServiceLayeringTest {

    private final String servicePackage;
    private final JavaClasses classes;

    protected ServiceLayeringTest(String servicePackage) {
        this.servicePackage = servicePackage;
        this.classes = LayeringRules.classesOf(servicePackage);
    }

    @Test
    void domainKnowsNoHttpOrKafka() {
        LayeringRules.domainKnowsNoHttpOrKafka(servicePackage).check(classes);
    }

    @Test
    void domainDoesNotCallItsCallers() {
        LayeringRules.domainDoesNotCallItsCallers(servicePackage).check(classes);
    }
}
