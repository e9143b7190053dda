package dev.tradebook.customer.reference.api;

import java.util.List;
import java.util.function.Function;

import dev.tradebook.customer.reference.domain.ResultPage;

/** The list shape of API.md: {@code {"items": [...], "page": 0, "size": 50, "total": N}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <D, V> PageView<V> of(ResultPage<D> page, Function<? super D, ? extends V> view) {
        return new PageView<>(page.items().stream().<V>map(view).toList(), page.page(), page.size(), page.total());
    }
}
