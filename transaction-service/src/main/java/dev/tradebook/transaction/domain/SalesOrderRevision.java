package dev.tradebook.transaction.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** The lines of a sales order as they stood at one revision: 0 as created, one more per amendment. */
@Entity
@Table(name = "sales_order_revision")
public class SalesOrderRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(nullable = false, updatable = false)
    private int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sales_order_line", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Embedded
    private StoredTotals totals;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SalesOrderRevision() {
    }

    SalesOrderRevision(String orderNumber, int revision, Pricing.Priced priced, String createdBy, Instant createdAt) {
        this.orderNumber = orderNumber;
        this.revision = revision;
        this.lines = new ArrayList<>(priced.lines());
        this.totals = new StoredTotals(priced.totals());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public int revision() {
        return revision;
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    public Totals totals(String currency) {
        return totals.in(currency);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
