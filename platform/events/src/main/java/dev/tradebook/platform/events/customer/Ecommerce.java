package dev.tradebook.platform.events.customer;

import java.time.Instant;

/** Where a customer imported from an e-commerce cart came from: the cart, the buyer's id or e-mail there, when. */
public record Ecommerce(String importedFromCart, String cartMapping, Instant importedOn) {
}
