package dev.tradebook.transaction.api;

import java.util.List;
import java.util.function.Function;

import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.DocumentPage;

/** A page of a list (API.md): the items, the page asked for and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    static <D, T> PageView<T> of(DocumentPage<D> found, DocumentListQuery query, Function<D, T> view) {
        return new PageView<>(found.items().stream().map(view).toList(), query.page(), query.size(), found.total());
    }
}
