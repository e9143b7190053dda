package dev.tradebook.customer.reference.domain;

import java.io.Serializable;
import java.util.Objects;

/** A code is unique within its type only: SR "NORTH" and BT "NORTH" are different codes. */
public class ReferenceCodeKey implements Serializable {

    private CodeType type;
    private String code;

    protected ReferenceCodeKey() {
    }

    public ReferenceCodeKey(CodeType type, String code) {
        this.type = type;
        this.code = code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReferenceCodeKey key && type == key.type && Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, code);
    }
}
