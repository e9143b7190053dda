package dev.tradebook.customer.domain;

/** The orders a customer search can be sorted in; ties are always broken by code, ascending. */
public enum CustomerSort {
    CODE("c.code"), NAME("c.name"), TYPE("c.type"), CREATED_AT("c.createdAt"), UPDATED_AT("c.updatedAt");

    private final String path;

    CustomerSort(String path) {
        this.path = path;
    }

    String orderBy(boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return this == CODE ? path + direction : path + direction + ", c.code asc";
    }
}
