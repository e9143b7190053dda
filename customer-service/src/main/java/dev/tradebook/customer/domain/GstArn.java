package dev.tradebook.customer.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** The application reference number the GST portal gives an application until a GSTIN is issued. */
public record GstArn(String value) {

    private static final int LENGTH = 15;
    // Shape only: GSTN describes the layout but has not published how the final check character is computed.
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{2}[0-9]{2}[0-9]{2}[0-9A-Z]{7}");

    public GstArn {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public static GstArn parse(String value) {
        return new GstArn(value);
    }

    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }

    public String stateCode() {
        return value.substring(2, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.of("GST ARN is missing");
        }
        if (value.length() != LENGTH) {
            return Optional.of("GST ARN length is wrong: 15 characters expected, '" + value + "' has "
                    + value.length());
        }
        // Upper-casing silently would hide a typing problem the user should see and fix at the source.
        if (value.chars().anyMatch(Character::isLowerCase)) {
            return wrongFormat("upper case expected", value);
        }
        if (!FORMAT.matcher(value).matches()) {
            return wrongFormat("two letters, state code, month and year (MMYY), then seven letters or digits", value);
        }
        return Optional.empty();
    }

    private static Optional<String> wrongFormat(String rule, String value) {
        return Optional.of("GST ARN format is wrong: " + rule + ", got '" + value + "'");
    }
}
