package dev.tradebook.customer.reference.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.reference.domain.CompanyAddress;
import dev.tradebook.customer.reference.domain.CompanyDetails;
import dev.tradebook.platform.runtime.validation.CurrencyCode;

/** The body of {@code PUT /api/v1/settings}: every setting (a PUT replaces them all). */
public record SettingsRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Shree Ganesh Distributors Pvt Ltd") String name,
        @Valid AddressBody address,
        @Size(min = 15, max = 15)
        @Schema(description = "the company's GSTIN (checked with its check character), or null; its first two digits"
                + " are the GST code of the address's state",
                examples = "27AAPFU0939F1ZV") String gstin,
        @NotNull @CurrencyCode
        @Schema(description = "ISO 4217; the currency of a new customer that names none", examples = "INR")
        String baseCurrency,
        @NotNull @Pattern(regexp = "[A-Z0-9]{1,8}", message = "must be 1 to 8 characters A-Z or 0-9")
        @Schema(description = "generated customer codes are this prefix and six digits", examples = "C")
        String customerCodePrefix,
        @NotNull @Schema(description = "whether a new customer gets a portal login unless it says otherwise")
        Boolean portalLoginForNewCustomers) {

    CompanyDetails toDetails() {
        return new CompanyDetails(name, address == null ? CompanyAddress.NONE : address.toAddress(), gstin, baseCurrency,
                customerCodePrefix, portalLoginForNewCustomers);
    }
}
