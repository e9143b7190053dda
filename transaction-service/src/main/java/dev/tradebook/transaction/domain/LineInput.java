package dev.tradebook.transaction.domain;

import java.math.BigDecimal;

/** A document line as the user asked for it; {@link Pricing} checks it and computes its amounts. */
public record LineInput(String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent, BigDecimal taxRate) {
}
