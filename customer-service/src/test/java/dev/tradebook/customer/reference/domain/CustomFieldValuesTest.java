package dev.tradebook.customer.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.Violation;

class CustomFieldValuesTest {

    private static CustomFieldDefinition field(String name, CustomFieldType type, boolean required, String... choices) {
        return CustomFieldDefinition.define(name,
                new CustomFieldSpec(name + " label", type, type == CustomFieldType.CHOICE ? List.of(choices) : null,
                        required, false, true));
    }

    private static final List<CustomFieldDefinition> FIELDS = List.of(
            field("transporter", CustomFieldType.CHOICE, false, "VRL", "Gati"),
            field("drugLicenceExpiry", CustomFieldType.DATE, false),
            field("creditDays", CustomFieldType.NUMBER, false),
            field("exporter", CustomFieldType.BOOLEAN, false),
            field("remarks", CustomFieldType.TEXT, false),
            field("territory", CustomFieldType.TEXT, true));

    private static List<Violation> check(Map<String, ?> values) {
        return CustomFieldValues.check(FIELDS, values);
    }

    @Test
    void acceptsValuesThatFitTheirFields() {
        assertThat(check(Map.of("transporter", "Gati", "drugLicenceExpiry", "2026-03-31", "creditDays", 45,
                "exporter", true, "remarks", "Pays by cheque", "territory", "Vidarbha"))).isEmpty();
    }

    @Test
    void acceptsANumberSentAsText() {
        assertThat(check(Map.of("territory", "x", "creditDays", "12.50"))).isEmpty();
        assertThat(check(Map.of("territory", "x", "creditDays", new BigDecimal("7")))).isEmpty();
    }

    @Test
    void refusesANameWithoutAnActiveDefinition() {
        assertThat(check(Map.of("territory", "x", "shoeSize", 44)))
                .containsExactly(new Violation("customFields.shoeSize", "is not an active custom field"));
    }

    @Test
    void refusesAChoiceThatIsNotOffered() {
        assertThat(check(Map.of("territory", "x", "transporter", "Blue Dart")))
                .containsExactly(new Violation("customFields.transporter", "must be one of VRL, Gati"));
    }

    @Test
    void refusesADateThatIsNoDate() {
        assertThat(check(Map.of("territory", "x", "drugLicenceExpiry", "31/03/2026")))
                .containsExactly(new Violation("customFields.drugLicenceExpiry", "must be a date as yyyy-mm-dd"));
    }

    @Test
    void refusesTextWhereANumberBelongs() {
        assertThat(check(Map.of("territory", "x", "creditDays", "forty-five")))
                .containsExactly(new Violation("customFields.creditDays", "must be a number"));
    }

    @Test
    void refusesTextWhereABooleanBelongs() {
        assertThat(check(Map.of("territory", "x", "exporter", "yes")))
                .containsExactly(new Violation("customFields.exporter", "must be true or false"));
    }

    @Test
    void refusesANumberWhereTextBelongs() {
        assertThat(check(Map.of("territory", 12)))
                .containsExactly(new Violation("customFields.territory", "must be text"));
    }

    @Test
    void refusesTextLongerThanTheLimit() {
        assertThat(check(Map.of("territory", "x", "remarks", "r".repeat(CustomFieldType.TEXT_LENGTH + 1))))
                .containsExactly(new Violation("customFields.remarks", "must be at most 255 characters"));
    }

    @Test
    void requiresTheRequiredFields() {
        assertThat(check(Map.of())).containsExactly(new Violation("customFields.territory", "is required"));
        assertThat(check(null)).containsExactly(new Violation("customFields.territory", "is required"));
    }

    @Test
    void countsNullAndBlankAsMissing() {
        Map<String, Object> values = new HashMap<>();
        values.put("territory", "  ");
        values.put("remarks", null);

        assertThat(check(values)).containsExactly(new Violation("customFields.territory", "is required"));
    }

    @Test
    void namesEveryViolationInOneAnswer() {
        assertThat(check(Map.of("exporter", "no", "colour", "red")))
                .extracting(Violation::field)
                .containsExactly("customFields.colour", "customFields.exporter", "customFields.territory");
    }
}
