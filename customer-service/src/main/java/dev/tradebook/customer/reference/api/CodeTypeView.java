package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.CodeType;

/** One code list: its type (the path segment), what it is for, and whether its codes carry net days. */
public record CodeTypeView(String type, String description, boolean hasNetDays) {

    static CodeTypeView of(CodeType type) {
        return new CodeTypeView(type.name(), type.description(), type.hasNetDays());
    }
}
