package dev.tradebook.customer.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tradebook.customer.domain.NewCustomer;
import dev.tradebook.platform.runtime.validation.CurrencyCode;

/** The body of {@code POST /api/v1/customers}; lengths from API.md. */
public record CustomerRequest(
        @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -") String code,
        @NotBlank @Size(max = 60) String name,
        @CurrencyCode String currency,
        @DecimalMin(value = "0", message = "must be 0 or more (0 = not checked)") @Digits(integer = 15, fraction = 4) BigDecimal creditLimit,
        @NotEmpty List<@NotBlank @Size(max = 20) String> debtorAccountGroups) {

    NewCustomer toNewCustomer() {
        return new NewCustomer(code, name, currency, creditLimit, debtorAccountGroups);
    }
}
