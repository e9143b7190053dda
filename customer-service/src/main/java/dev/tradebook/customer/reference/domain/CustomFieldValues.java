package dev.tradebook.customer.reference.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Checks a customer's {@code customFields} against the active definitions: every name must be one of them,
 * every value must fit its field's type, every required field must have a value. The violations name
 * {@code customFields.<name>}, ready for a 400/422 problem of the customer rules.
 */
public final class CustomFieldValues {

    private static final String PREFIX = "customFields.";

    private CustomFieldValues() {
    }

    /** {@code values} may be null (no custom fields given); a null or blank value counts as no value. */
    public static List<Violation> check(Collection<CustomFieldDefinition> activeDefinitions, Map<String, ?> values) {
        Map<String, CustomFieldDefinition> byName = activeDefinitions.stream()
                .collect(Collectors.toMap(CustomFieldDefinition::name, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, Object> given = values == null ? Map.of() : new TreeMap<>(values);
        List<Violation> violations = new ArrayList<>();
        given.forEach((name, value) -> {
            CustomFieldDefinition field = byName.get(name);
            if (field == null) {
                violations.add(new Violation(PREFIX + name, "is not an active custom field"));
            } else if (!isMissing(value)) {
                field.refusal(value).ifPresent(message -> violations.add(new Violation(PREFIX + name, message)));
            }
        });
        byName.values().stream()
                .filter(field -> field.required() && isMissing(given.get(field.name())))
                .forEach(field -> violations.add(new Violation(PREFIX + field.name(), "is required")));
        return List.copyOf(violations);
    }

    private static boolean isMissing(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
