package dev.tradebook.transaction.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;

import dev.tradebook.platform.runtime.money.Money;

/** A priced line of a document, amounts at the scale of the document's currency. */
@Embeddable
public class DocumentLine {

    @Column(nullable = false)
    private String sku;

    private String description;

    @Column(nullable = false, precision = 15, scale = 4)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal taxRate;

    @Embedded
    private StoredTotals totals;

    protected DocumentLine() {
    }

    DocumentLine(LineInput input, Totals totals) {
        this.sku = input.sku();
        this.description = input.description();
        this.quantity = input.quantity();
        this.unitPrice = input.unitPrice();
        this.discountPercent = input.discountPercent();
        this.taxRate = input.taxRate();
        this.totals = new StoredTotals(totals);
    }

    /** The line as asked for, with another quantity: what is left of an order line to invoice, say. */
    LineInput withQuantity(BigDecimal newQuantity) {
        return new LineInput(sku, description, newQuantity, unitPrice, discountPercent, taxRate);
    }

    public String sku() {
        return sku;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        BigDecimal plain = quantity.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    public Money unitPrice(String currency) {
        return Money.of(unitPrice, currency);
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public BigDecimal taxRate() {
        return taxRate;
    }

    public Totals totals(String currency) {
        return totals.in(currency);
    }
}
