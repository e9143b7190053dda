package dev.tradebook.transaction.domain;

/** What a list of documents can be ordered by; ties are always broken by number. */
public enum DocumentSort {
    NUMBER, DATE, CUSTOMER, CREATED_AT
}
