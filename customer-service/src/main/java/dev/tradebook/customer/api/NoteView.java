package dev.tradebook.customer.api;

import java.time.Instant;

import dev.tradebook.customer.domain.CustomerNote;

public record NoteView(long id, String customer, String text, String author, Instant createdAt) {

    static NoteView of(CustomerNote note) {
        return new NoteView(note.id(), note.customerCode(), note.text(), note.author(), note.createdAt());
    }
}
