package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.tradebook.platform.runtime.money.Money;

/**
 * An invoice: what the customer owes, due {@code paymentTermDays} after the invoice date. Credit notes
 * against it and payments allocated to it lower what is left outstanding.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private String number;

    @Column(name = "customer_code", nullable = false, updatable = false)
    private String customerCode;

    @Column(name = "customer_name", nullable = false, updatable = false)
    private String customerName;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "invoice_date", nullable = false, updatable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "sales_order", updatable = false)
    private String salesOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document_defaults", nullable = false, updatable = false)
    private DocumentDefaultsCopy documentDefaults;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_number"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Embedded
    private StoredTotals totals;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal credited;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal allocated;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Invoice() {
    }

    static Invoice issue(String number, CreditAccount customer, String salesOrder, DocumentDefaultsCopy defaults,
            Pricing.Priced priced, String user, Instant now, LocalDate today) {
        Invoice invoice = new Invoice();
        invoice.number = number;
        invoice.customerCode = customer.customerCode();
        invoice.customerName = customer.name();
        invoice.currency = customer.currency();
        invoice.invoiceDate = today;
        Integer termDays = defaults.defaults() == null ? null : defaults.defaults().paymentTermDays();
        invoice.dueDate = today.plusDays(termDays == null ? 0 : termDays);
        invoice.salesOrder = salesOrder;
        invoice.documentDefaults = defaults;
        invoice.lines = new ArrayList<>(priced.lines());
        invoice.totals = new StoredTotals(priced.totals());
        invoice.credited = Money.zero(invoice.currency).amount();
        invoice.allocated = invoice.credited;
        invoice.createdBy = user;
        invoice.createdAt = now;
        return invoice;
    }

    /** What a credit note may still take off this invoice. */
    public Money leftToCredit() {
        return totals().total().minus(credited());
    }

    public Money outstanding() {
        return totals().total().minus(credited()).minus(allocated());
    }

    public String number() {
        return number;
    }

    public String customerCode() {
        return customerCode;
    }

    public String customerName() {
        return customerName;
    }

    public String currency() {
        return currency;
    }

    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String salesOrder() {
        return salesOrder;
    }

    public DocumentDefaultsCopy documentDefaults() {
        return documentDefaults;
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    public Totals totals() {
        return totals.in(currency);
    }

    public Money credited() {
        return Money.of(credited, currency);
    }

    public Money allocated() {
        return Money.of(allocated, currency);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
