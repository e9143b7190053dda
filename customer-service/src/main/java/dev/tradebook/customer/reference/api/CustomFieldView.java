package dev.tradebook.customer.reference.api;

import java.util.List;

import dev.tradebook.customer.reference.domain.CustomFieldDefinition;

/** A custom-field definition as the API shows it; {@code choices} is empty unless the type is CHOICE. */
public record CustomFieldView(String name, String label, String type, List<String> choices, boolean required,
        boolean inheritToDocuments, boolean active, long version) {

    static CustomFieldView of(CustomFieldDefinition field) {
        return new CustomFieldView(field.name(), field.label(), field.type().name(), field.choices(), field.required(),
                field.inheritToDocuments(), field.active(), field.version());
    }
}
