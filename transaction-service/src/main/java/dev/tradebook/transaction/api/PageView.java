package dev.tradebook.transaction.api;

import java.util.List;

/** A page of a list (API.md): the items, the page asked for and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
