package dev.tradebook.customer.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search box's term as the database looks for it in the lower-cased search document (V5): contained
 * anywhere, in any case, literally.
 * <p>
 * The trigram index finds the candidates, and every trigram of the term costs a walk through the customers that
 * have it. Trigrams that most customers share make that walk long and narrow nothing: the letters a customer
 * code starts with (all codes share the company's prefix) and the end of a GSTIN (entity number, 'Z', check
 * character, shared by every GSTIN). So the index is asked for the rest of such a term only, and each candidate
 * is then checked for the whole term: what the term matches stays the same, only the way to it is shorter.
 */
public record SearchTerm(String lowered) {

    /** A code: letters, then at least six digits, which alone are selective enough. */
    private static final Pattern CODE = Pattern.compile("[a-z]+([0-9]{6,})");
    /** A whole GSTIN, valid or not: state code, PAN (the selective part), entity number, 'Z', check. */
    private static final Pattern GSTIN = Pattern.compile("[0-9]{2}([a-z]{5}[0-9]{4}[a-z])[0-9a-z]z[0-9a-z]");

    public static SearchTerm of(String text) {
        return new SearchTerm(text.toLowerCase(Locale.ROOT));
    }

    /** The LIKE pattern the trigram index is asked for: the term, or its selective part; % _ \ literal. */
    public String indexPattern() {
        return "%" + escapeLike(selectivePart()) + "%";
    }

    /** A LIKE pattern for the whole term anywhere in a lower-cased column; % _ \ literal. */
    public String containedPattern() {
        return "%" + escapeLike(lowered) + "%";
    }

    /** Whether a customer whose whole code or GSTIN is the term should be shown before the other matches. */
    public boolean namesOneCustomer() {
        return CODE.matcher(lowered).matches() || GSTIN.matcher(lowered).matches();
    }

    private String selectivePart() {
        for (Pattern shape : new Pattern[] {CODE, GSTIN}) {
            Matcher matcher = shape.matcher(lowered);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return lowered;
    }

    /** A search for "50%" finds "50%", not everything that contains 50. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
