package dev.tradebook.transaction.api;

import jakarta.validation.constraints.NotNull;

import dev.tradebook.transaction.domain.HoldPolicy;

public record SettingsRequest(@NotNull HoldPolicy holdPolicy) {
}
