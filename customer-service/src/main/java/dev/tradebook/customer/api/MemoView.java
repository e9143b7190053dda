package dev.tradebook.customer.api;

import java.time.Instant;

import dev.tradebook.customer.domain.Memo;
import dev.tradebook.customer.domain.MemoDetails;
import dev.tradebook.customer.domain.MemoKind;
import dev.tradebook.customer.domain.MemoStatus;

public record MemoView(long id, String customer, MemoKind kind, String subject, String details, String assignee,
        Instant dueAt, MemoStatus status, String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static MemoView of(Memo memo) {
        MemoDetails d = memo.details();
        return new MemoView(memo.id(), memo.customerCode(), d.kind(), d.subject(), d.details(), d.assignee(),
                d.dueAt(), memo.status(), memo.createdBy(), memo.createdAt(), memo.updatedAt(), memo.version());
    }
}
