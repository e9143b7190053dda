package dev.tradebook.customer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.tradebook.platform.testing.LayeringRules;

@AnalyzeClasses(packages = "dev.tradebook.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainKnowsNoHttpOrKafka = LayeringRules.domainKnowsNoHttpOrKafka("dev.tradebook.customer");

    @ArchTest
    static final ArchRule domainDoesNotCallItsCallers = LayeringRules.domainDoesNotCallItsCallers("dev.tradebook.customer");
}
