package dev.tradebook.transaction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

/** A price offer to a customer; it moves no exposure until converted into a sales order. */
@Entity
@Table(name = "quote")
public class Quote extends LinedDocument {

    @Embedded
    private StoredTotals totals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_number"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    /** Never EXPIRED: that is read from the date, see {@link #status(LocalDate)}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteStatus status;

    @Column(name = "sales_order")
    private String salesOrder;

    protected Quote() {
    }

    Quote(String number, CreditAccount customer, Pricing.Priced priced, LocalDate validUntil, String user, Instant now,
            LocalDate today) {
        super(number, customer, user, now, today);
        this.totals = new StoredTotals(priced.totals());
        this.lines = new ArrayList<>(priced.lines());
        this.validUntil = validUntil;
        this.status = QuoteStatus.DRAFT;
    }

    void send(LocalDate today) {
        move("send", QuoteStatus.DRAFT, QuoteStatus.SENT, today);
    }

    void accept(LocalDate today) {
        move("accept", QuoteStatus.SENT, QuoteStatus.ACCEPTED, today);
    }

    void reject(LocalDate today) {
        move("reject", QuoteStatus.SENT, QuoteStatus.REJECTED, today);
    }

    /** An accepted quote becomes one sales order, once. */
    void requireConvertible(LocalDate today) {
        if (status(today) != QuoteStatus.ACCEPTED || salesOrder != null) {
            throw illegal("convert", today);
        }
    }

    void converted(String order) {
        salesOrder = order;
    }

    public QuoteStatus status(LocalDate today) {
        return status == QuoteStatus.SENT && today.isAfter(validUntil) ? QuoteStatus.EXPIRED : status;
    }

    private void move(String action, QuoteStatus from, QuoteStatus to, LocalDate today) {
        if (!Set.of(from).contains(status(today))) {
            throw illegal(action, today);
        }
        status = to;
    }

    private BusinessRuleViolation illegal(String action, LocalDate today) {
        return new BusinessRuleViolation("illegal-transition", "Cannot " + action + " quote " + number()
                + " in status " + status(today) + (salesOrder == null ? "" : " (converted to " + salesOrder + ")"));
    }

    @Override
    public Totals totals() {
        return totals.in(currency());
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String salesOrder() {
        return salesOrder;
    }
}
