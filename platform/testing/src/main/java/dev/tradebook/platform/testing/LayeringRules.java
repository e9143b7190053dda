package dev.tradebook.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps (ARCHITECTURE.md): {@code api} and {@code events} call into
 * {@code domain}, never the reverse, and the domain knows no HTTP and no Kafka.
 */
public final class LayeringRules {

    private LayeringRules() {
    }

    /** The production classes of one service (its tests excluded). */
    public static JavaClasses classesOf(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
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
