package dev.tradebook.customer.reference.domain;

import java.util.Arrays;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/** The code lists of the customer master (the "Codes Master" of the source system), by their short names. */
public enum CodeType {

    OD("Ownership detail"),
    BT("Main business"),
    SR("Sales region"),
    PY("Payment terms"),
    MOD("Mode of dispatch"),
    ST("Shipment terms"),
    AT("Bank account type"),
    DAG("Debtor account group"),
    SM("Salesman"),
    CL("Classification");

    private final String description;

    CodeType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Only payment terms say when an invoice is due; on any other code net days would mean nothing. */
    public boolean hasNetDays() {
        return this == PY;
    }

    /** The type a path names; an unknown one is a 404, like any unknown resource. */
    public static CodeType named(String name) {
        return Arrays.stream(values())
                .filter(type -> type.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFound("Code type", name));
    }
}
