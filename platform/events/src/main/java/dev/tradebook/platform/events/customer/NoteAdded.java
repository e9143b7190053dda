package dev.tradebook.platform.events.customer;

import java.time.Instant;
import java.util.Objects;

/** {@code customer.note-added.v1}: {@code author} wrote a note on the customer {@code code}. */
public record NoteAdded(String code, long id, String text, String author, Instant createdAt) {

    public NoteAdded {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
