package dev.tradebook.transaction.api;

import dev.tradebook.transaction.domain.CompanySettings;
import dev.tradebook.transaction.domain.HoldPolicy;

public record SettingsView(HoldPolicy holdPolicy) {

    static SettingsView of(CompanySettings settings) {
        return new SettingsView(settings.holdPolicy());
    }
}
