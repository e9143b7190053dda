package dev.tradebook.transaction.domain;

import java.time.LocalDate;

/**
 * Which documents of one kind to list and how: of one customer (or all), dated within {@code from} to
 * {@code to} (each inclusive, either open), sorted, one page of {@code size} from page 0.
 */
public record DocumentListQuery(String customer, LocalDate from, LocalDate to, DocumentSort sort, boolean ascending,
        int page, int size) {
}
