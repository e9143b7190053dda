package dev.tradebook.customer.reference.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What a custom field holds, and so which JSON values fit it. */
public enum CustomFieldType {

    TEXT, NUMBER, DATE, BOOLEAN, CHOICE;

    /** As long as the longest free-text fields of the customer master (bank holidays, weekly hours). */
    public static final int TEXT_LENGTH = 255;

    /**
     * Why a value does not fit a field of this type, or empty when it fits. Values are JSON values as read
     * from a request: text, numbers, booleans, lists and maps. Numbers may also come as text ("12.50"), the
     * way amounts travel in this API; dates are ISO 8601 text (2025-03-31).
     */
    Optional<String> refusal(Object value, List<String> choices) {
        return Optional.ofNullable(switch (this) {
            case TEXT -> value instanceof String text
                    ? text.length() > TEXT_LENGTH ? "must be at most " + TEXT_LENGTH + " characters" : null
                    : "must be text";
            case NUMBER -> isNumber(value) ? null : "must be a number";
            case DATE -> isDate(value) ? null : "must be a date as yyyy-mm-dd";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case CHOICE -> value instanceof String choice && choices.contains(choice)
                    ? null
                    : "must be one of " + String.join(", ", choices);
        });
    }

    private static boolean isNumber(Object value) {
        if (value instanceof Double number) {
            return Double.isFinite(number);
        }
        if (value instanceof Float number) {
            return Float.isFinite(number);
        }
        if (value instanceof Number) {
            return true;
        }
        if (value instanceof String text) {
            try {
                new BigDecimal(text.strip());
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDate(Object value) {
        if (value instanceof LocalDate) {
            return true;
        }
        if (value instanceof String text) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
