package dev.tradebook.customer.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/** A memo on a customer: a task assigned to someone, or a scheduled event, followed until done or cancelled. */
@Entity
@Table(name = "customer_memo")
public class Memo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_code", nullable = false, updatable = false)
    private String customerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemoKind kind;

    @Column(nullable = false)
    private String subject;
    private String details;

    @Column(nullable = false)
    private String assignee;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemoStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Memo() {
    }

    static Memo add(String customerCode, MemoDetails details, String by, Instant now) {
        Memo memo = new Memo();
        memo.customerCode = customerCode;
        memo.status = MemoStatus.OPEN;
        memo.createdBy = by;
        memo.createdAt = now;
        memo.write(details, now);
        return memo;
    }

    /** Only an open memo changes: a done or cancelled one is the record of what happened. */
    void revise(MemoDetails details, Instant now) {
        requireOpen("revised");
        write(details, now);
    }

    void complete(Instant now) {
        requireOpen("done");
        status = MemoStatus.DONE;
        updatedAt = now;
    }

    void cancel(Instant now) {
        requireOpen("cancelled");
        status = MemoStatus.CANCELLED;
        updatedAt = now;
    }

    private void write(MemoDetails d, Instant now) {
        kind = d.kind();
        subject = d.subject();
        details = d.details();
        assignee = d.assignee();
        dueAt = d.dueAt();
        updatedAt = now;
    }

    private void requireOpen(String change) {
        if (status != MemoStatus.OPEN) {
            throw new BusinessRuleViolation("memo-status", "Memo " + id + " cannot be " + change + ": it is " + status);
        }
    }

    public MemoDetails details() {
        return new MemoDetails(kind, subject, details, assignee, dueAt);
    }

    public long id() {
        return id;
    }

    public String customerCode() {
        return customerCode;
    }

    public MemoStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
