package dev.tradebook.ledger.api;

import jakarta.validation.constraints.NotNull;

import dev.tradebook.ledger.domain.LedgerSettings;

/** {@code {"autoAllocatePayments": true}}: new payments settle the oldest open invoices first. */
public record SettingsView(@NotNull Boolean autoAllocatePayments) {

    static SettingsView of(LedgerSettings settings) {
        return new SettingsView(settings.autoAllocatePayments());
    }
}
