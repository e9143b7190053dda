package dev.tradebook.transaction.domain;

import java.time.Instant;

/**
 * Where a sales order imported from an e-commerce cart came from: the cart (channel) and the order's id in it,
 * which together name one sales order; {@code importedOn} is set by the service when the order is placed.
 */
public record EcommerceFacts(String importedFromCart, String cartMapping, Instant importedOn) {
}
