package dev.tradebook.ledger.api;

import jakarta.validation.constraints.Size;

/** {@code {"reason": "invoice raised twice"}}; the body may be left out. */
public record ReversalRequest(@Size(max = 200) String reason) {
}
