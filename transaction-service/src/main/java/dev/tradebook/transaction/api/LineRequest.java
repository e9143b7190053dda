package dev.tradebook.transaction.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.LineInput;

/** A document line; the digits match the columns that keep it. Discount and tax rate default to 0. */
public record LineRequest(
        @NotBlank @Size(max = 40) String sku,
        @Size(max = 200) String description,
        @NotNull @Positive @Digits(integer = 11, fraction = 4) BigDecimal quantity,
        @Schema(description = "at most as many decimals as the customer's currency has")
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate) {

    LineInput toInput() {
        return new LineInput(sku, description, quantity, unitPrice,
                discountPercent == null ? BigDecimal.ZERO : discountPercent, taxRate == null ? BigDecimal.ZERO : taxRate);
    }
}
