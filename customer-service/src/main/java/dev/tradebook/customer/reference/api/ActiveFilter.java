package dev.tradebook.customer.reference.api;

/**
 * The {@code ?active=} filter of the lists: true only active entries, false only deactivated ones, absent
 * both. Taken as text and checked against {@link #PATTERN}, because JAX-RS would read "yes" as false.
 */
final class ActiveFilter {

    static final String PATTERN = "true|false";
    static final String MESSAGE = "must be true or false";
    static final String DESCRIPTION = "true: only active entries; false: only deactivated ones; absent: both";

    private ActiveFilter() {
    }

    /** Only once validated; null when the caller asked for both. */
    static Boolean of(String active) {
        return active == null ? null : Boolean.valueOf(active);
    }
}
