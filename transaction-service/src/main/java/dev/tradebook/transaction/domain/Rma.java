package dev.tradebook.transaction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/** A return of goods from an invoice: authorised, then received, then credited. */
@Entity
@Table(name = "rma")
public class Rma extends LinedDocument {

    @Embedded
    private StoredTotals totals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rma_line", joinColumns = @JoinColumn(name = "rma_number"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private String invoice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RmaStatus status;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "credit_note")
    private String creditNote;

    protected Rma() {
    }

    Rma(String number, CreditAccount customer, Pricing.Priced priced, String invoice, String user, Instant now,
            LocalDate today) {
        super(number, customer, user, now, today);
        this.totals = new StoredTotals(priced.totals());
        this.lines = new ArrayList<>(priced.lines());
        this.invoice = invoice;
        this.status = RmaStatus.AUTHORISED;
    }

    void receive(LocalDate today) {
        require("receive", RmaStatus.AUTHORISED);
        status = RmaStatus.RECEIVED;
        receivedOn = today;
    }

    void requireReceived() {
        require("credit", RmaStatus.RECEIVED);
    }

    void credited(String note) {
        requireReceived();
        status = RmaStatus.CREDITED;
        creditNote = note;
    }

    private void require(String action, RmaStatus expected) {
        if (status != expected) {
            throw new BusinessRuleViolation("illegal-transition", "Cannot " + action + " RMA " + number()
                    + " in status " + status);
        }
    }

    @Override
    public Totals totals() {
        return totals.in(currency());
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    public String invoice() {
        return invoice;
    }

    public RmaStatus status() {
        return status;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String creditNote() {
        return creditNote;
    }
}
