package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * A sales order: the customer's data as it stood when the order was taken, the totals of its current
 * revision and how much of it has been invoiced. An approved order counts in the exposure until invoiced.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends CustomerDocument {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "order_date", nullable = false, updatable = false)
    private LocalDate orderDate;

    // A record, replaced and never changed in place: compared by reference, not deep-copied through JSON.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "document_defaults", nullable = false, updatable = false)
    private DocumentDefaultsCopy documentDefaults;

    @Column(nullable = false)
    private int revision;

    @Embedded
    private StoredTotals totals;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal invoiced;

    /** The accepted quote this order was converted from, if any. */
    @Column(updatable = false)
    private String quote;

    /** Set once, at creation, for an order imported from an e-commerce cart (V9). */
    @Column(name = "imported_from_cart", updatable = false)
    private String importedFromCart;

    @Column(name = "cart_mapping", updatable = false)
    private String cartMapping;

    @Column(name = "imported_on", updatable = false)
    private Instant importedOn;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected SalesOrder() {
    }

    private SalesOrder(String number, CreditAccount customer, String user, Instant now) {
        super(number, customer, user, now);
    }

    /** {@code cart}: the e-commerce cart order it was imported from, or null. */
    static SalesOrder place(String number, CreditAccount customer, Totals totals, OrderStatus status, String quote,
            EcommerceFacts cart, String user, Instant now, LocalDate today) {
        SalesOrder order = new SalesOrder(number, customer, user, now);
        order.quote = quote;
        if (cart != null) {
            order.importedFromCart = cart.importedFromCart();
            order.cartMapping = cart.cartMapping();
            order.importedOn = now;
        }
        order.documentDefaults = customer.documentDefaults();
        order.status = status;
        order.orderDate = today;
        order.revision = 0;
        order.setTotals(totals);
        order.invoiced = Money.zero(customer.currency()).amount();
        if (status == OrderStatus.APPROVED) {
            order.approvedBy = user;
            order.approvedAt = now;
        }
        return order;
    }

    void approve(String user, Instant now) {
        requireStatus("approve", Set.of(OrderStatus.PENDING));
        status = OrderStatus.APPROVED;
        approvedBy = user;
        approvedAt = now;
    }

    /** New lines as the next revision; returns the revision number. */
    int amend(Totals totals) {
        requireStatus("amend", Set.of(OrderStatus.PENDING, OrderStatus.APPROVED));
        setTotals(totals);
        return ++revision;
    }

    void cancel(String reason, Instant now) {
        requireStatus("cancel", Set.of(OrderStatus.PENDING, OrderStatus.APPROVED, OrderStatus.PARTIALLY_INVOICED));
        status = OrderStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now;
    }

    /** A PENDING order waits for approval, a CANCELLED or INVOICED one has nothing left to invoice. */
    void requireInvoiceable() {
        requireStatus("invoice", Set.of(OrderStatus.APPROVED, OrderStatus.PARTIALLY_INVOICED));
    }

    /** Part or all of what is left moves onto an invoice. */
    void invoice(Money amount) {
        requireInvoiceable();
        if (amount.isGreaterThan(uninvoiced())) {
            throw new BusinessRuleViolation("invoice-exceeds-order", "Sales order " + number() + " has only "
                    + uninvoiced() + " left to invoice, not " + amount, List.of(new Violation("lines",
                            "must total at most " + uninvoiced().amount())));
        }
        invoiced = invoiced().plus(amount).amount();
        status = uninvoiced().isZero() ? OrderStatus.INVOICED : OrderStatus.PARTIALLY_INVOICED;
    }

    /** What the order still adds to the exposure: the part not invoiced yet, once approved. */
    public Money exposure() {
        return status.inExposure() ? uninvoiced() : Money.zero(currency());
    }

    public Money uninvoiced() {
        return totals().total().minus(invoiced());
    }

    void requireStatus(String action, Set<OrderStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new BusinessRuleViolation("illegal-transition", "Cannot " + action + " sales order " + number()
                    + " in status " + status);
        }
    }

    private void setTotals(Totals totals) {
        this.totals = new StoredTotals(totals);
    }

    public OrderStatus status() {
        return status;
    }

    public LocalDate orderDate() {
        return orderDate;
    }

    public DocumentDefaultsCopy documentDefaults() {
        return documentDefaults;
    }

    public int revision() {
        return revision;
    }

    public Totals totals() {
        return totals.in(currency());
    }

    public Money invoiced() {
        return Money.of(invoiced, currency());
    }

    public String quote() {
        return quote;
    }

    public Optional<EcommerceFacts> ecommerce() {
        return importedFromCart == null ? Optional.empty()
                : Optional.of(new EcommerceFacts(importedFromCart, cartMapping, importedOn));
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
