package dev.tradebook.customer.domain;

/** A task someone must do by the due time, or an event (a meeting, a call) scheduled for it. */
public enum MemoKind {
    TASK, EVENT
}
