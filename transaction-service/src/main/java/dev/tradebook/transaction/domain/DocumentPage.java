package dev.tradebook.transaction.domain;

import java.util.List;
import java.util.function.Function;

/** One page of documents and how many match in all. */
public record DocumentPage<T>(List<T> items, long total) {

    public <R> DocumentPage<R> map(Function<T, R> mapping) {
        return new DocumentPage<>(items.stream().map(mapping).toList(), total);
    }
}
