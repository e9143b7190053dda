package dev.tradebook.gateway.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.platform.runtime.validation.CurrencyCode;

/** A shopping cart: the order's lines; the customer is always the caller's. */
@Schema(example = "{\"currency\": \"INR\", \"lines\": [{\"sku\": \"BOLT-M8\", \"description\": \"Hex bolt M8\","
        + " \"quantity\": \"100\", \"unitPrice\": \"4.50\", \"taxRate\": \"18\"}]}")
public record CartRequest(
        @Schema(description = "optional; when given it must be the customer's currency") @CurrencyCode String currency,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Line> lines,
        @Schema(description = "accept an order past a WARN credit limit; the acknowledgement is recorded")
        Boolean acknowledgeCreditWarning) {

    public record Line(
            @NotBlank @Size(max = 40) String sku,
            @Size(max = 200) String description,
            @NotNull @Positive @Digits(integer = 11, fraction = 4) BigDecimal quantity,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The transaction-service sales order; it checks discounts, tax rates, currency and credit itself. */
    JsonNode toSalesOrder(String customer) {
        ObjectNode order = JSON.valueToTree(this);
        order.put("customer", customer);
        return order;
    }
}
