package dev.tradebook.customer.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.version.ExpectedVersions;
import io.quarkus.test.junit.QuarkusTest;

/** The lookups the customer rules will call, against the real database. */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    ReferenceData referenceData;

    @Inject
    ReferenceCodes codes;

    @Inject
    Corporates corporates;

    @Inject
    Cities cities;

    @Inject
    StatutoryCaptions captions;

    @Inject
    CustomFieldDefinitions customFields;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anActiveCodeOfTheTypeIsActive() {
        String code = codes.define(CodeType.SR, unique("NORTH"), "North", true, null).code();

        assertThat(referenceData.isActiveCode(CodeType.SR, code)).isTrue();
        assertThat(referenceData.isActiveCode(CodeType.BT, code)).isFalse();
    }

    @Test
    void aDeactivatedUnknownOrMissingCodeIsNotActive() {
        String code = codes.define(CodeType.SR, unique("SOUTH"), "South", true, null).code();
        codes.revise(CodeType.SR, code, ExpectedVersions.any(), "South", false, null);

        assertThat(referenceData.isActiveCode(CodeType.SR, code)).isFalse();
        assertThat(referenceData.isActiveCode(CodeType.SR, "NO-SUCH-CODE")).isFalse();
        assertThat(referenceData.isActiveCode(CodeType.SR, null)).isFalse();
    }

    @Test
    void paymentTermsTellTheirNetDays() {
        assertThat(referenceData.netDays("NET45")).contains(45);
        assertThat(referenceData.netDays("ADVANCE")).contains(0);
        assertThat(referenceData.netDays("NO-SUCH-TERMS")).isEmpty();
    }

    @Test
    void onlyAnActiveCorporateIsActive() {
        String active = corporates.register(unique("GRP"), "Active group", true).code();
        String inactive = corporates.register(unique("GRP"), "Dormant group", false).code();

        assertThat(referenceData.isActiveCorporate(active)).isTrue();
        assertThat(referenceData.isActiveCorporate(inactive)).isFalse();
        assertThat(referenceData.isActiveCorporate("NO-SUCH-GROUP")).isFalse();
    }

    @Test
    void anActiveCityComesWithStateGstCodeAndCountry() {
        assertThat(referenceData.activeCity("PUNE")).contains(
                new CityPlace("PUNE", "Pune", "IN-MH", "Maharashtra", "27", "IN", "India"));
        assertThat(referenceData.activeCity("DUBAI")).hasValueSatisfying(place -> assertThat(place.hasGstCode()).isFalse());
    }

    @Test
    void aDeactivatedCityIsNoActiveCity() {
        String code = cities.register(unique("OLD"), "Old town", "IN-KL", false).code();

        assertThat(referenceData.activeCity(code)).isEmpty();
        assertThat(referenceData.city(code)).map(CityPlace::gstCode).contains("32");
        assertThat(referenceData.activeCity("ATLANTIS")).isEmpty();
    }

    @Test
    void mandatoryCaptionsAreTheActiveMandatoryOnes() {
        String mandatory = captions.define(unique("MUST"), "Must have", true, true).code();
        String retired = captions.define(unique("WAS"), "Was mandatory", true, false).code();
        try {
            List<String> codes = referenceData.mandatoryCaptions().stream().map(StatutoryCaption::code).toList();

            assertThat(codes).contains(mandatory).doesNotContain(retired, "PAN", "TAN");
            assertThat(referenceData.activeCaptions()).extracting(StatutoryCaption::code)
                    .contains("PAN", "UDYAM", mandatory);
        } finally {
            // An active mandatory caption would make every customer other tests create invalid.
            captions.revise(mandatory, ExpectedVersions.any(), "Must have", true, false);
        }
    }

    @Test
    void customFieldValuesAreCheckedAgainstTheActiveDefinitions() {
        String grade = "grade" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        customFields.define(grade,
                new CustomFieldSpec("Grade", CustomFieldType.CHOICE, List.of("A", "B"), false, false, true));
        String retired = "retired" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        customFields.define(retired, new CustomFieldSpec("Retired", CustomFieldType.TEXT, null, false, false, false));

        List<String> refused = referenceData.customFieldViolations(Map.of(grade, "C", retired, "x")).stream()
                .map(Violation::field).toList();
        List<String> accepted = referenceData.customFieldViolations(Map.of(grade, "B")).stream()
                .map(Violation::field).toList();

        // Other tests' required fields may be active too: look at this test's fields only.
        assertThat(refused).contains("customFields." + grade, "customFields." + retired);
        assertThat(accepted).doesNotContain("customFields." + grade, "customFields." + retired);
    }
}
