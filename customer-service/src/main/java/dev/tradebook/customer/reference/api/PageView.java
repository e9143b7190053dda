package dev.tradebook.customer.reference.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.reference.domain.ResultPage;

/**
 * The list shape of API.md: {@code {"items": [...], "page": 0, "size": 50, "total": N}}, plus {@code totalExact}:
 * false when the customer search stopped counting and total is only how far it counted.
 */
public record PageView<T>(List<T> items, int page, int size, long total,
        @Schema(description = "false when total is a lower bound: the customer search counts at most "
                + "customer.search.count-limit (10,000) matches") boolean totalExact) {

    public PageView(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public static <D, V> PageView<V> of(ResultPage<D> page, Function<? super D, ? extends V> view) {
        return new PageView<>(page.items().stream().<V>map(view).toList(), page.page(), page.size(), page.total(),
                page.totalExact());
    }
}
