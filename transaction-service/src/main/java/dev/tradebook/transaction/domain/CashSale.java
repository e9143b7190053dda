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

/** Goods sold and paid for at once: invoice and payment together, so the exposure does not move. */
@Entity
@Table(name = "cash_sale")
public class CashSale extends LinedDocument {

    @Embedded
    private StoredTotals totals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cash_sale_line", joinColumns = @JoinColumn(name = "cash_sale_number"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(updatable = false)
    private String reference;

    protected CashSale() {
    }

    CashSale(String number, CreditAccount customer, Pricing.Priced priced, PaymentMethod method, String reference,
            String user, Instant now, LocalDate today) {
        super(number, customer, user, now, today);
        this.lines = new ArrayList<>(priced.lines());
        this.totals = new StoredTotals(priced.totals());
        this.method = method;
        this.reference = reference;
    }

    @Override
    public Totals totals() {
        return totals.in(currency());
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }
}
