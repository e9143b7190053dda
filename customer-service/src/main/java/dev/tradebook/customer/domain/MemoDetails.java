package dev.tradebook.customer.domain;

import java.time.Instant;

/** What a memo says: its kind, subject, details, who it is for and when it is due (or scheduled), UTC. */
public record MemoDetails(MemoKind kind, String subject, String details, String assignee, Instant dueAt) {
}
