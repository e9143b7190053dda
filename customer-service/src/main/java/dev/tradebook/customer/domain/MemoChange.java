package dev.tradebook.customer.domain;

/** Fired inside the transaction that changed the memo: what happened to it ({@code ADDED}, {@code REVISED}...). */
public record MemoChange(Memo memo, Kind kind) {

    public enum Kind {
        ADDED, REVISED, DONE, CANCELLED
    }
}
