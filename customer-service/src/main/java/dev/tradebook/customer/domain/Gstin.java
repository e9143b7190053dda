package dev.tradebook.customer.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A GST identification number: state code, the holder's PAN, entity number, 'Z' and a check character. */
public record Gstin(String value) {

    private static final int LENGTH = 15;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern STATE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final Pattern ENTITY_NUMBER = Pattern.compile("[1-9A-Z]");
    private static final Pattern CHECK = Pattern.compile("[0-9A-Z]");

    public Gstin {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public static Gstin parse(String value) {
        return new Gstin(value);
    }

    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }

    public String stateCode() {
        return value.substring(0, 2);
    }

    public String pan() {
        return value.substring(2, 12);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.of("GSTIN is missing");
        }
        if (value.length() != LENGTH) {
            return Optional.of("GSTIN length is wrong: 15 characters expected, '" + value + "' has " + value.length());
        }
        // Upper-casing silently would hide a typing problem the user should see and fix at the source.
        if (value.chars().anyMatch(Character::isLowerCase)) {
            return wrongFormat("upper case expected", value);
        }
        if (!STATE_CODE.matcher(value.substring(0, 2)).matches()) {
            return wrongFormat("characters 1-2 should be a two-digit state code", value);
        }
        if (!PAN.matcher(value.substring(2, 12)).matches()) {
            return wrongFormat("characters 3-12 should be a PAN (5 letters, 4 digits, 1 letter)", value);
        }
        if (!ENTITY_NUMBER.matcher(value.substring(12, 13)).matches()) {
            return wrongFormat("character 13 should be an entity number, 1-9 or A-Z", value);
        }
        if (value.charAt(13) != 'Z') {
            return wrongFormat("character 14 should be 'Z'", value);
        }
        if (!CHECK.matcher(value.substring(14)).matches()) {
            return wrongFormat("character 15 should be a digit or letter", value);
        }
        if (value.charAt(14) != checkCharacter(value)) {
            return Optional.of("GSTIN check character is wrong: '" + value
                    + "' does not add up, probably a mistyped or swapped character");
        }
        return Optional.empty();
    }

    private static Optional<String> wrongFormat(String rule, String value) {
        return Optional.of("GSTIN format is wrong: " + rule + ", got '" + value + "'");
    }

    // GSTN's Luhn mod 36 catches every single-character typo and every adjacent swap the format allows.
    private static char checkCharacter(String gstin) {
        int radix = ALPHABET.length();
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int product = ALPHABET.indexOf(gstin.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / radix + product % radix;
        }
        return ALPHABET.charAt((radix - sum % radix) % radix);
    }
}
