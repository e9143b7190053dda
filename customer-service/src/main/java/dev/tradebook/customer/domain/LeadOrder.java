package dev.tradebook.customer.domain;

import io.quarkus.panache.common.Sort;

/** The order of a list of leads: by one field, ties by id in the same direction. */
public record LeadOrder(Field field, boolean ascending) {

    public enum Field {
        CREATED_AT("createdAt"), UPDATED_AT("updatedAt"), NAME("name");

        private final String attribute;

        Field(String attribute) {
            this.attribute = attribute;
        }
    }

    Sort sort() {
        Sort.Direction direction = ascending ? Sort.Direction.Ascending : Sort.Direction.Descending;
        return Sort.by(field.attribute, direction).and("id", direction);
    }
}
