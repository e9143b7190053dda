package dev.tradebook.ledger.domain;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reads one page of a query; pages count from 0. */
final class Pages {

    private Pages() {
    }

    /** Panache pages with int offsets; a page beyond them is beyond every row the ledger can hold: empty. */
    static <T> List<T> read(PanacheQuery<T> query, int page, int size) {
        long first = (long) page * size;
        return first + size > Integer.MAX_VALUE ? List.of() : query.range((int) first, (int) first + size - 1).list();
    }
}
