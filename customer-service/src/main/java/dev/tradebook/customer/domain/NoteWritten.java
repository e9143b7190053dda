package dev.tradebook.customer.domain;

/** Fired inside the transaction that stored the note. */
public record NoteWritten(CustomerNote note) {
}
