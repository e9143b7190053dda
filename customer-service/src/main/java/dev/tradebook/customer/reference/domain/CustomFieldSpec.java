package dev.tradebook.customer.reference.domain;

import java.util.List;

/** What a person says about a custom field: everything but its name, which never changes. */
public record CustomFieldSpec(String label, CustomFieldType type, List<String> choices, boolean required,
        boolean inheritToDocuments, boolean active) {
}
