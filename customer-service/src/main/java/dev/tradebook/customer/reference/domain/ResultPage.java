package dev.tradebook.customer.reference.domain;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list (pages count from 0) and how many rows match in all; a total that is not exact is a lower
 * bound (a search that stopped counting, see SearchSettings).
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public ResultPage(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
    }

    public static <T> ResultPage<T> of(PanacheQuery<T> query, int page, int size) {
        long first = (long) page * size;
        // Panache pages with int offsets; a page beyond them is beyond every row these tables can hold.
        List<T> items = first + size > Integer.MAX_VALUE
                ? List.of()
                : query.range((int) first, (int) first + size - 1).list();
        return new ResultPage<>(items, page, size, query.count());
    }
}
