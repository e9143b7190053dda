package dev.tradebook.customer.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** An Indian Financial System Code: the bank code, a zero, then the branch code. */
public record Ifsc(String value) {

    private static final int LENGTH = 11;
    private static final Pattern BANK_CODE = Pattern.compile("[A-Z]{4}");
    private static final Pattern BRANCH_CODE = Pattern.compile("[A-Z0-9]{6}");

    public Ifsc {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public static Ifsc parse(String value) {
        return new Ifsc(value);
    }

    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }

    public String bankCode() {
        return value.substring(0, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.of("IFSC is missing");
        }
        if (value.length() != LENGTH) {
            return Optional.of("IFSC length is wrong: 11 characters expected, '" + value + "' has " + value.length());
        }
        // Upper-casing silently would hide a typing problem the user should see and fix at the source.
        if (value.chars().anyMatch(Character::isLowerCase)) {
            return wrongFormat("upper case expected", value);
        }
        if (!BANK_CODE.matcher(value.substring(0, 4)).matches()) {
            return wrongFormat("characters 1-4 should be the bank code, four letters", value);
        }
        if (value.charAt(4) != '0') {
            return wrongFormat("character 5 should be the digit zero", value);
        }
        if (!BRANCH_CODE.matcher(value.substring(5)).matches()) {
            return wrongFormat("characters 6-11 should be the branch code, letters or digits", value);
        }
        return Optional.empty();
    }

    private static Optional<String> wrongFormat(String rule, String value) {
        return Optional.of("IFSC format is wrong: " + rule + ", got '" + value + "'");
    }
}
