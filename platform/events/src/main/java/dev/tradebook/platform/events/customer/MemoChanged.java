package dev.tradebook.platform.events.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code customer.memo-changed.v1}: a memo of the customer {@code code} (a TASK or a scheduled EVENT) was
 * added, revised, done or cancelled ({@code change} ADDED, REVISED, DONE, CANCELLED); the memo as it now is.
 */
public record MemoChanged(String code, long id, String change, String kind, String subject, String assignee,
        Instant dueAt, String status, long version) {

    public MemoChanged {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(change, "change");
    }
}
