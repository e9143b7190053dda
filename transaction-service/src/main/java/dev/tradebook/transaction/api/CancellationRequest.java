package dev.tradebook.transaction.api;

import jakarta.validation.constraints.Size;

public record CancellationRequest(@Size(max = 200) String reason) {
}
