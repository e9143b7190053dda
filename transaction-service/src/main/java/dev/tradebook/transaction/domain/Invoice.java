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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * An invoice: what the customer owes, due {@code paymentTermDays} after the invoice date. Credit notes
 * against it and payments allocated to it lower what is left outstanding.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends CustomerDocument {

    @Column(name = "invoice_date", nullable = false, updatable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "sales_order", updatable = false)
    private String salesOrder;

    // A record, replaced and never changed in place: compared by reference, not deep-copied through JSON.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
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

    protected Invoice() {
    }

    private Invoice(String number, CreditAccount customer, String user, Instant now) {
        super(number, customer, user, now);
    }

    static Invoice issue(String number, CreditAccount customer, String salesOrder, DocumentDefaultsCopy defaults,
            Pricing.Priced priced, String user, Instant now, LocalDate today) {
        Invoice invoice = new Invoice(number, customer, user, now);
        invoice.invoiceDate = today;
        Integer termDays = defaults.defaults() == null ? null : defaults.defaults().paymentTermDays();
        invoice.dueDate = today.plusDays(termDays == null ? 0 : termDays);
        invoice.salesOrder = salesOrder;
        invoice.documentDefaults = defaults;
        invoice.lines = new ArrayList<>(priced.lines());
        invoice.totals = new StoredTotals(priced.totals());
        invoice.credited = Money.zero(customer.currency()).amount();
        invoice.allocated = invoice.credited;
        return invoice;
    }

    /**
     * A credit note takes this much off; never more than is left to credit, i.e. what neither earlier credit
     * notes nor allocated payments have settled (field {@code field}).
     */
    void credit(Money amount, String field) {
        if (amount.isGreaterThan(outstanding())) {
            throw new BusinessRuleViolation("credit-exceeds-invoice", "Invoice " + number() + " has only "
                    + outstanding() + " left to credit, not " + amount,
                    List.of(new Violation(field, "must be at most " + outstanding().amount())));
        }
        credited = credited().plus(amount).amount();
    }

    /** Part of a payment meant for this invoice; never more than is outstanding (field {@code field}). */
    void allocate(Money amount, String field) {
        if (amount.isGreaterThan(outstanding())) {
            throw new BusinessRuleViolation("allocation-exceeds-invoice", "Invoice " + number() + " has only "
                    + outstanding() + " outstanding, not " + amount,
                    List.of(new Violation(field, "must be at most " + outstanding().amount())));
        }
        allocated = allocated().plus(amount).amount();
    }

    public Money outstanding() {
        return totals().total().minus(credited()).minus(allocated());
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
        return totals.in(currency());
    }

    public Money credited() {
        return Money.of(credited, currency());
    }

    public Money allocated() {
        return Money.of(allocated, currency());
    }
}
