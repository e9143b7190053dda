package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The field changes the history records for a registration and for a revision. */
final class FieldChanges {

    private FieldChanges() {
    }

    /** What a registration set: the fixed fields, then every writable field given a value. */
    static List<FieldChange> registered(Customer customer) {
        List<FieldChange> changes = new ArrayList<>(List.of(
                new FieldChange("code", null, customer.code()),
                new FieldChange("currency", null, customer.currency()),
                new FieldChange("status", null, customer.status()),
                new FieldChange("owner", null, customer.owner())));
        customer.details().byField().forEach((field, value) -> {
            if (hasValue(value)) {
                changes.add(new FieldChange(field, null, value));
            }
        });
        return changes;
    }

    /** The {@code changed} fields with their values in {@code before} and {@code after}. */
    static List<FieldChange> revised(CustomerDetails before, CustomerDetails after, List<String> changed) {
        Map<String, Object> was = before.byField();
        Map<String, Object> is = after.byField();
        return changed.stream().map(field -> new FieldChange(field, was.get(field), is.get(field))).toList();
    }

    /** The hold as its readers see it: every reason, and the manual one's text. */
    static List<FieldChange> hold(List<HoldReason> reasonsBefore, String manualBefore, Customer after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!reasonsBefore.equals(after.holdReasons())) {
            changes.add(new FieldChange("holdReasons", reasonsBefore, after.holdReasons()));
        }
        if (manualBefore == null ? after.manualHoldReason() != null : !manualBefore.equals(after.manualHoldReason())) {
            changes.add(new FieldChange("manualHoldReason", manualBefore, after.manualHoldReason()));
        }
        return changes;
    }

    private static boolean hasValue(Object value) {
        return value != null && !(value instanceof Collection<?> c && c.isEmpty())
                && !(value instanceof Map<?, ?> m && m.isEmpty());
    }
}
