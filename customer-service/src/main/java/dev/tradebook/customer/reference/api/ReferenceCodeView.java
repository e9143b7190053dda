package dev.tradebook.customer.reference.api;

import dev.tradebook.customer.reference.domain.ReferenceCode;

/** A code as the API shows it; {@code netDays} is null except for payment terms (PY). */
public record ReferenceCodeView(String type, String code, String description, boolean active, Integer netDays,
        long version) {

    static ReferenceCodeView of(ReferenceCode code) {
        return new ReferenceCodeView(code.type().name(), code.code(), code.description(), code.active(), code.netDays(),
                code.version());
    }
}
