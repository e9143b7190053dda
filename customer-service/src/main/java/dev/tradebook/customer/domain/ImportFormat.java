package dev.tradebook.customer.domain;

/** How an import's file is written: CSV with a header row, or one customer JSON per line. */
public enum ImportFormat {
    CSV, NDJSON
}
