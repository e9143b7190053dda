package dev.tradebook.ledger.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sales document that arrived before its customer's account, kept as the event that carried it, in arrival
 * order. It posts when the account opens; one that is refused then stays, with the reason, for an operator.
 */
@Entity
@Table(name = "pending_posting")
public class PendingPosting {

    private static final int MAX_REFUSAL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_code", nullable = false, updatable = false)
    private String customerCode;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(nullable = false, updatable = false)
    private String event;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column
    private String refusal;

    protected PendingPosting() {
    }

    static PendingPosting of(SalesDocument document, String event, Instant now) {
        PendingPosting pending = new PendingPosting();
        pending.customerCode = document.customer();
        pending.eventId = document.eventId();
        pending.event = event;
        pending.receivedAt = now;
        return pending;
    }

    public String event() {
        return event;
    }

    public String refusal() {
        return refusal;
    }

    void refuse(String reason) {
        refusal = reason.length() > MAX_REFUSAL ? reason.substring(0, MAX_REFUSAL) : reason;
    }
}
