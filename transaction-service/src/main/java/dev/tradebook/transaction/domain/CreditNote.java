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
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** An amount credited back, against an invoice or standalone; it lowers the exposure. */
@Entity
@Table(name = "credit_note")
public class CreditNote extends LinedDocument {

    @Embedded
    private StoredTotals totals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_note_line", joinColumns = @JoinColumn(name = "credit_note_number"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Column(updatable = false)
    private String invoice;

    @Column(updatable = false)
    private String rma;

    protected CreditNote() {
    }

    CreditNote(String number, CreditAccount customer, Pricing.Priced priced, String invoice, String rma, String user,
            Instant now, LocalDate today) {
        super(number, customer, user, now, today);
        this.lines = new ArrayList<>(priced.lines());
        this.totals = new StoredTotals(priced.totals());
        this.invoice = invoice;
        this.rma = rma;
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

    public String rma() {
        return rma;
    }
}
