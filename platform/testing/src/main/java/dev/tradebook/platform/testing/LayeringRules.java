package dev.tradebook.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps (ARCHITECTURE.md): {@code api} and {@code events} call into
 * {@code domain}, never the reverse, and the domain knows no HTTP and no Kafka.
 */
public final class LayeringRules {

    private LayeringRules() {
    }

    public static ArchRule domainKnowsNoHttpOrKafka(String servicePackage) {
        return noClasses()
                .that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..", "io.quarkus.vertx..",
                        "org.apache.kafka..", "io.smallrye.reactive.messaging..",
                        "org.eclipse.microprofile.reactive.messaging..", "dev.tradebook.platform.runtime.api..")
                .as("domain/ is free of HTTP and Kafka types");
    }

    public static ArchRule domainDoesNotCallItsCallers(String servicePackage) {
        return noClasses()
                .that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".api..", servicePackage + ".events..")
                .as("domain/ never calls api/ or events/");
    }
}
