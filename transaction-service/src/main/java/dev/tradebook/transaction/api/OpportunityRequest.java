package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record OpportunityRequest(
        @NotBlank @Size(max = 20) String customer,
        @NotBlank @Size(max = 100) String title,
        @NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal expectedValue,
        LocalDate expectedCloseDate) {
}
